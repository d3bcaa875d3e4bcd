import { getDictionary } from '@/lib/i18n';
import { roleHref, skillHref } from '@/lib/links';
import { DEFAULT_LOCALE, isLocale } from '@/lib/locales';
import { searchSite } from '@/lib/search';

// Results as you type and the search boxes' suggestions: the top roles for a query (with why
// each matched) and the top skills, from the site's index.
export function GET(request: Request) {
  const url = new URL(request.url);
  const lang = url.searchParams.get('lang');
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
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
    skills: result.skills.slice(0, 5).map((hit) => ({ href: skillHref(locale, hit.skill.id), label: hit.skill.label })),
  };
  // `<` escaped as in JSON-LD: the query is echoed, and no reply should ever carry markup.
  return new Response(JSON.stringify(body).replace(/</g, '\\u003c'), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
