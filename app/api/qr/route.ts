import { getRoles, getStudyDirections } from '@/lib/content';
import { buildDeepLink, parseDeepLinkRequest, targetValue } from '@/lib/deep-link';
import { DEFAULT_LOCALE } from '@/lib/locales';
import { qrPng, qrSvg } from '@/lib/qr';

// The builder's QR code as a download, SVG or (format=png) PNG. The URL is rebuilt from the
// same fields as the page, so the code can only point at this site; a link too long for a
// QR code gets a plain 400 message, never a 500.
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const known = { roles: new Set(getRoles(DEFAULT_LOCALE).map((r) => r.slug)), study: new Set(getStudyDirections(DEFAULT_LOCALE).map((d) => d.code)) };
  const deepLink = parseDeepLinkRequest(params, known, DEFAULT_LOCALE);
  if (params.page && !deepLink.target) {
    return new Response('No such page in the guide: use the link builder at /for-admissions. / Такой страницы нет: соберите ссылку на /for-admissions.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const link = buildDeepLink(deepLink);
  const png = params.format === 'png';
  const body = png ? await qrPng(link) : await qrSvg(link);
  if (!body) {
    return new Response('This link is too long for a QR code: shorten the campaign tags. / Ссылка слишком длинная для QR-кода: сократите метки кампании.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const name = `qr-${(deepLink.target ? targetValue(deepLink.target) : 'guide').replace(/[^a-z0-9.-]+/g, '-')}.${png ? 'png' : 'svg'}`;
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: {
      'Content-Type': png ? 'image/png' : 'image/svg+xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'public, max-age=86400',
    },
  });
}
