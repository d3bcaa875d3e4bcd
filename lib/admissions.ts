// What the admissions kit hands out, built the same way on every page: the QR download
// address for a deep link, and the embed snippet.
import { UTM_KEYS, targetValue, type DeepLinkRequest } from './deep-link';
import { SITE_URL } from './site';

/** /api/qr?… for a request: the API rebuilds the link from these fields, never from a URL. */
export function qrDownloadHref(request: DeepLinkRequest): string {
  const fields: Record<string, string> = { lang: request.locale };
  if (request.target) fields.page = targetValue(request.target);
  if (request.section) fields.section = request.section;
  for (const key of UTM_KEYS) if (request.utm[key]) fields[key] = request.utm[key]!;
  return `/api/qr?${new URLSearchParams(fields).toString()}`;
}

/**
 * The code for another site: an <iframe> with a height every card fits (see EMBED_HEIGHT), and
 * a few lines that shrink it to the card's real height when the card reports it. The script
 * trusts messages only from this site's origin and only for a frame it sent them from.
 */
export function embedSnippet(path: string, title: string, height: number, message: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const origin = new URL(SITE_URL).origin;
  const frame = `<iframe src="${SITE_URL}${path}" title="${escape(title)}" width="100%" height="${height}" style="border:0;max-width:400px" loading="lazy"></iframe>`;
  const resize =
    `<script>addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(message)})return;` +
    `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(+e.data.height)+"px"})})</script>`;
  return `${frame}\n${resize}`;
}
