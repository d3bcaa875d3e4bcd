// Decisions about a request before Next routes it, as pure functions (proxy.ts applies
// them). Next 16 answers a malformed percent-encoding in a dynamic segment with a 500, so
// such paths are refused here with a clear 400 page instead.
export type Guard =
  | { action: 'continue' }
  | { action: 'bad-request' }
  | { action: 'redirect'; location: string }
  | { action: 'options' };

const LOWERCASE_SECTIONS = /^\/(en\/)?(roles|skills|study|embed)\//i;

export function guardRequest(method: string, pathname: string, search: string): Guard {
  if (method === 'OPTIONS') return { action: 'options' };
  try {
    decodeURIComponent(pathname);
  } catch {
    return { action: 'bad-request' };
  }
  // Slugs and ids are lower-case: /roles/SALES-MANAGER is a typo for a real page.
  // Percent-escapes (%2F) are left as they are: they are not letters of the slug.
  const lower = pathname.replace(/%[0-9A-Fa-f]{2}|[^%]+/g, (part) => (part.startsWith('%') ? part : part.toLowerCase()));
  if (LOWERCASE_SECTIONS.test(pathname) && pathname !== lower) {
    return { action: 'redirect', location: lower + search };
  }
  return { action: 'continue' };
}

export function badRequestPage(): string {
  return `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Неверный адрес / Bad address</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6"><main><h1>Неверный адрес</h1><p>В адресе страницы есть испорченные символы. Проверьте ссылку или начните с <a href="/">главной страницы</a>.</p><p lang="en">The address contains broken characters. Check the link, or start from the <a href="/en">home page</a>.</p></main></body></html>`;
}
