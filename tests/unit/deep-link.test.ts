import { describe, expect, it } from 'vitest';
import { buildDeepLink, parseDeepLinkRequest } from '@/lib/deep-link';
import { qrSvg } from '@/lib/qr';

const known = new Set(['hr-manager', 'sales-manager']);

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
    expect(request).toEqual({ locale: 'ru', slug: undefined, section: undefined, utm: {} });
    expect(buildDeepLink(request)).toBe('http://localhost:3000/');
  });

  it('draws the link as an SVG QR code', async () => {
    const svg = await qrSvg('http://localhost:3000/roles/hr-manager#education');
    expect(svg).toMatch(/^<svg[^>]+viewBox/);
    expect(svg).not.toMatch(/<script/i);
  });
});
