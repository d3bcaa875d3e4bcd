import { getDictionary } from '@/lib/i18n';
import { roleHref, topicHref } from '@/lib/links';
import { DEFAULT_LOCALE, isLocale } from '@/lib/locales';
import { searchSite } from '@/lib/search';

// Results as you type and the search boxes' suggestions: the top roles for a query (with why
// each matched) and the top skills, tools and study directions, from the site's index.
export function GET(request: Request) {
  const url = new URL(request.url);
  const lang = url.searchParams.get('lang');
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const result = searchSite(locale, (url.searchParams.get('q') ?? '').slice(0, 500));
  const { why, topicKinds } = getDictionary(locale).search;
  const body = {
    query: result.query,
    correctedFrom: result.correctedFrom ?? null,
    roles: result.roles.slice(0, 8).map((hit) => ({
      href: roleHref(locale, hit.role.slug),
      title: hit.role.title,
      why: `${why[hit.reason.kind]}: ${hit.reason.text.text}`,
    })),
    topics: result.topics.slice(0, 5).map((hit) => ({ href: topicHref(locale, hit.topic.kind, hit.topic.id), label: hit.topic.label, kind: topicKinds[hit.topic.kind] })),
  };
  // `<` escaped as in JSON-LD: the query is echoed, and no reply should ever carry markup.
  return new Response(JSON.stringify(body).replace(/</g, '\\u003c'), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
