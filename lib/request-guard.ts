// Decisions about a request before Next routes it, as pure functions (proxy.ts applies
// them, with the security headers on every answer it gives itself):
// - only GET, HEAD and OPTIONS: anything else is 405 (Next would answer TRACE with a 500);
// - a malformed percent-encoding is 400 (Next 16 answers it in a dynamic segment with 500);
// - /ru/… (the default language's own prefix) and trailing slashes redirect to the one
//   address of the page; upper-case slugs redirect to the lower-case page.
import { DEFAULT_LOCALE, localeInfo, PREFIXED_SEGMENTS } from './locales';

export const ALLOWED_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;

/** Where proxy.ts sends an address shaped like a generated page that does not exist: /<lang>/__missing. */
export const NOT_FOUND_SEGMENT = '__missing';

export type Guard =
  | { action: 'continue' }
  | { action: 'bad-request' }
  | { action: 'method-not-allowed' }
  | { action: 'redirect'; location: string }
  | { action: 'options' };

const LANGUAGE = `(?:${PREFIXED_SEGMENTS.join('|')})`;
/** Paths whose last segments are ids or slugs, which are lower-case. */
const LOWERCASE_SECTIONS = new RegExp(`^/(${LANGUAGE}/)?(roles|skills|tools|kpis|study|embed)/`, 'i');
const DEFAULT_PREFIX = new RegExp(`^/${DEFAULT_LOCALE}(?=/|$)`);

export function guardRequest(method: string, pathname: string, search: string): Guard {
  if (method === 'OPTIONS') return { action: 'options' };
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) return { action: 'method-not-allowed' };
  try {
    decodeURIComponent(pathname);
  } catch {
    return { action: 'bad-request' };
  }
  // The 404 page proxy.ts rewrites to can come back through the proxy; it is already final.
  if (pathname.endsWith(`/${NOT_FOUND_SEGMENT}`)) return { action: 'continue' };
  let location = pathname;
  // The default language lives at the root: /ru/roles → /roles.
  if (DEFAULT_PREFIX.test(location) && localeInfo(DEFAULT_LOCALE).prefix === '') location = location.replace(DEFAULT_PREFIX, '') || '/';
  if (location.length > 1 && location.endsWith('/')) location = location.replace(/\/+$/, '') || '/';
  // Slugs and ids are lower-case: /roles/SALES-MANAGER is a typo for a real page.
  // Percent-escapes (%2F) are left as they are: they are not letters of the slug.
  if (LOWERCASE_SECTIONS.test(location)) location = location.replace(/%[0-9A-Fa-f]{2}|[^%]+/g, (part) => (part.startsWith('%') ? part : part.toLowerCase()));
  return location === pathname ? { action: 'continue' } : { action: 'redirect', location: location + search };
}

/** A plain page for a malformed address, in every language; no inline style or script. */
export function badRequestPage(): string {
  return `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Неверный адрес / Bad address</title><link rel="stylesheet" href="/error.css"></head><body><main><h1>Неверный адрес</h1><p>В адресе страницы есть испорченные символы. Проверьте ссылку или начните с <a href="/">главной страницы</a>.</p><p lang="en">The address contains broken characters. Check the link, or start from the <a href="/en">home page</a>.</p></main></body></html>`;
}
