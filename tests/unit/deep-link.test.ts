import { describe, expect, it } from 'vitest';
import { buildDeepLink, parseDeepLinkRequest, UTM_MAX } from '@/lib/deep-link';
import { qrSvg } from '@/lib/qr';

const known = { roles: new Set(['hr-manager', 'sales-manager']), study: new Set(['38.03.02']) };

describe('deep links', () => {
  it('links a role section in a language, with campaign tags before the fragment', () => {
    const request = parseDeepLinkRequest({ role: 'hr-manager', section: 'education', lang: 'en', utm_source: 'open-day', utm_campaign: 'spring 2027' }, known, 'ru');
    expect(buildDeepLink(request)).toBe('http://localhost:3000/en/roles/hr-manager?utm_source=open-day&utm_campaign=spring+2027#education');
  });

  it('keeps Russian links free of a language prefix', () => {
    expect(buildDeepLink(parseDeepLinkRequest({ role: 'sales-manager', section: 'salary' }, known, 'ru'))).toBe('http://localhost:3000/roles/sales-manager#salary');
  });

  it('ignores unknown roles, sections and parameters instead of linking to them', () => {
    const request = parseDeepLinkRequest({ role: 'https://evil.example', section: '"><script>', lang: 'de', utm_term: 'x', other: 'y' }, known, 'ru');
    expect(request).toEqual({ locale: 'ru', utm: {} });
    expect(buildDeepLink(request)).toBe('http://localhost:3000/');
  });

  it('links a study direction, with no section', () => {
    const request = parseDeepLinkRequest({ page: 'study/38.03.02', section: 'education', lang: 'en' }, known, 'ru');
    expect(buildDeepLink(request)).toBe('http://localhost:3000/en/study/38.03.02');
  });

  it('still reads the older role= form', () => {
    expect(buildDeepLink(parseDeepLinkRequest({ role: 'hr-manager' }, known, 'ru'))).toBe('http://localhost:3000/roles/hr-manager');
  });

  it('bounds campaign tags: printable text, at most UTM_MAX characters', () => {
    const request = parseDeepLinkRequest({ utm_source: `ab\u0000c\u202E${'я'.repeat(500)}` }, known, 'ru');
    expect(request.utm.utm_source).toBe(`abc${'я'.repeat(UTM_MAX - 3)}`);
  });

  it('answers a link too long for a QR code with nothing, not an exception', async () => {
    expect(await qrSvg(`http://localhost:3000/?q=${'я'.repeat(3000)}`)).toBeUndefined();
  });

  it('draws the link as an SVG QR code', async () => {
    const svg = await qrSvg('http://localhost:3000/roles/hr-manager#education');
    expect(svg).toMatch(/^<svg[^>]+viewBox/);
    expect(svg).not.toMatch(/<script/i);
  });
});
