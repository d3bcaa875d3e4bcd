import { getRoles } from '@/lib/content';
import { buildDeepLink, parseDeepLinkRequest } from '@/lib/deep-link';
import { qrSvg } from '@/lib/qr';

// The builder's QR code as a downloadable SVG. The URL is rebuilt from the same fields as
// the page, so the code can only point at this site.
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const link = buildDeepLink(parseDeepLinkRequest(params, new Set(getRoles('ru').map((r) => r.slug)), 'ru'));
  const name = `qr-${(params.role ?? 'guide').replace(/[^a-z0-9-]/g, '').slice(0, 60) || 'guide'}.svg`;
  return new Response(await qrSvg(link), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'public, max-age=86400' },
  });
}
