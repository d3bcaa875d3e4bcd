import { fill, getDictionary } from '@/lib/i18n';
import { homeHref, localePath, roleHref, rolesHref, searchHref, skillsHref, topicHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { TOPIC_KINDS, type SearchResult } from '@/lib/search/engine';
import { Breadcrumbs } from '../Breadcrumbs';
import { HighlightedText } from '../HighlightedText';
import { SearchForm } from '../SearchForm';

export interface SearchPageProps {
  locale: Locale;
  /** What the reader typed. */
  query: string;
  result: SearchResult;
}

/** Server-rendered results: roles first (with why each matched), then skills, tools and study directions; live results as you type. */
export function SearchPage({ locale, query: raw, result }: SearchPageProps) {
  const dict = getDictionary(locale);
  const t = dict.search;
  const asked = raw.trim().length > 0;
  return (
    <>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: t.title }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{asked && !result.problem ? fill(t.resultsFor, { query: result.query }) : t.title}</h1>
      <div className="mt-6 max-w-2xl">
        <SearchForm locale={locale} query={result.correctedFrom ?? result.query} inputId="search-q" />
        {/* public/enhance.js fills this with results as you type, from /api/search */}
        <div className="mt-2" data-instant-results-for="search-q" data-lang={locale} data-none={t.instantStatus.none} data-some={JSON.stringify(t.instantStatus.some)}>
          <p role="status" className="text-sm text-muted" />
          <ul className="mt-1 divide-y divide-line rounded-md border border-line empty:hidden" />
        </div>
      </div>
      <div className="mt-6 max-w-prose space-y-2" data-search-messages>
        {result.correctedFrom && <p className="rounded-md bg-panel p-3">{fill(t.correctedFrom, { query: result.query, typed: result.correctedFrom })}</p>}
        {result.problem === 'truncated' && <p>{t.truncated}</p>}
        {result.problem === 'too-short' && <p>{t.tooShort}</p>}
        {(result.problem === 'empty' || !asked) && <p>{t.empty}</p>}
        {asked && !result.problem && result.roles.length === 0 && result.topics.length === 0 && (
          <p>
            {fill(t.nothing, { query: result.query })} <a href={rolesHref(locale)}>{dict.nav.roles}</a> · <a href={skillsHref(locale)}>{dict.nav.skills}</a>
          </p>
        )}
      </div>
      {(!asked || result.problem === 'empty') && (
        <p className="mt-4">
          {t.suggestions}:{' '}
          {dict.home.examples.map((q, i) => (
            <span key={q}>
              {i > 0 && ', '}
              <a href={searchHref(locale, q)}>{q}</a>
            </span>
          ))}
          . <a href={localePath(locale, '/match')}>{t.matchCta}</a>
        </p>
      )}
      {result.roles.length > 0 && (
        <section aria-labelledby="role-results" className="mt-8">
          <h2 id="role-results" className="text-2xl font-bold">
            {t.rolesHeading}
          </h2>
          <ol className="mt-3 space-y-4" data-role-results>
            {result.roles.map((hit) => (
              <li key={hit.role.slug}>
                <a href={roleHref(locale, hit.role.slug)} className="text-lg font-semibold">
                  {hit.role.title}
                </a>
                <p className="text-muted">
                  <span className="font-medium">{t.why[hit.reason.kind]}:</span> <HighlightedText value={hit.reason.text} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {TOPIC_KINDS.map((kind) => {
        const hits = result.topics.filter((hit) => hit.topic.kind === kind);
        if (hits.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`${kind}-results`} className="mt-8" data-topic-results={kind}>
            <h2 id={`${kind}-results`} className="text-2xl font-bold">
              {t.topicHeadings[kind]}
            </h2>
            <ul className="mt-3 flex flex-wrap gap-2">
              {hits.map((hit) => (
                <li key={hit.topic.id}>
                  <a href={topicHref(locale, kind, hit.topic.id)} className="inline-block rounded-full border border-line px-3 py-1">
                    {hit.topic.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
