import { isLocale } from '@/lib/content/schema';
import { getDictionary } from '@/lib/i18n';
import { roleHref } from '@/lib/links';
import { searchSite } from '@/lib/search';

// Instant results for the search page: the top roles for a query, from the site's index.
export function GET(request: Request) {
  const url = new URL(request.url);
  const lang = url.searchParams.get('lang') ?? 'ru';
  const locale = isLocale(lang) ? lang : 'ru';
  const result = searchSite(locale, (url.searchParams.get('q') ?? '').slice(0, 500));
  const why = getDictionary(locale).search.why;
  const body = {
      query: result.query,
      correctedFrom: result.correctedFrom ?? null,
      roles: result.roles.slice(0, 8).map((hit) => ({
        href: roleHref(locale, hit.role.slug),
        title: hit.role.title,
        why: `${why[hit.reason.kind]}: ${hit.reason.text.text}`,
      })),
  };
  // `<` escaped as in JSON-LD: the query is echoed, and no reply should ever carry markup.
  return new Response(JSON.stringify(body).replace(/</g, '\\u003c'), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
