import Link from 'next/link';
import type { Locale } from '@/lib/content/schema';
import { fill, getDictionary } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { homeHref, localePath, roleHref, rolesHref, searchHref, skillHref, skillsHref } from '@/lib/links';
import { searchSite } from '@/lib/search';
import { Breadcrumbs } from '../Breadcrumbs';
import { HighlightedText } from '../HighlightedText';
import { InstantResults } from '../InstantResults';
import { PageShell } from '../PageShell';
import { SearchForm } from '../SearchForm';

export function searchMetadata(locale: Locale) {
  const t = getDictionary(locale).search;
  return { ...pageMetadata({ locale, path: '/search', title: t.title, description: t.empty }), robots: { index: false } };
}

const SUGGESTIONS = { ru: ['переговоры', 'Excel', 'обучение сотрудников', 'снабженец'], en: ['negotiation', 'Excel', 'staff training', 'buyer'] };

/** Server-rendered results: roles first (with why each matched), then skills. */
export function SearchPage({ locale, query: raw }: { locale: Locale; query: string }) {
  const dict = getDictionary(locale);
  const t = dict.search;
  const result = searchSite(locale, raw);
  const asked = raw.trim().length > 0;
  const p = t.instantStatus.some;
  return (
    <PageShell locale={locale} path={localePath(locale, '/search')}>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: t.title }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{asked && !result.problem ? fill(t.resultsFor, { query: result.query }) : t.title}</h1>
      <div className="mt-6 max-w-2xl">
        <SearchForm locale={locale} query={result.correctedFrom ?? result.query} inputId="search-q" />
        <InstantResults inputId="search-q" lang={locale} labels={{ none: t.instantStatus.none, some: [p.one, p.few, p.many, p.other] }} />
      </div>
      <div className="mt-6 max-w-prose space-y-2" data-search-messages>
        {result.correctedFrom && <p className="rounded-md bg-panel p-3">{fill(t.correctedFrom, { query: result.query, typed: result.correctedFrom })}</p>}
        {result.problem === 'truncated' && <p>{t.truncated}</p>}
        {result.problem === 'too-short' && <p>{t.tooShort}</p>}
        {(result.problem === 'empty' || !asked) && <p>{t.empty}</p>}
        {asked && !result.problem && result.roles.length === 0 && result.skills.length === 0 && (
          <p>
            {fill(t.nothing, { query: result.query })} <Link prefetch={false} href={rolesHref(locale)}>{dict.nav.roles}</Link> ·{' '}
            <Link prefetch={false} href={skillsHref(locale)}>{dict.nav.skills}</Link>
          </p>
        )}
      </div>
      {(!asked || result.problem === 'empty') && (
        <p className="mt-4">
          {t.suggestions}:{' '}
          {SUGGESTIONS[locale].map((q, i) => (
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
                <Link prefetch={false} href={roleHref(locale, hit.role.slug)} className="text-lg font-semibold">
                  {hit.role.title}
                </Link>
                <p className="text-muted">
                  <span className="font-medium">{t.why[hit.reason.kind]}:</span> <HighlightedText value={hit.reason.text} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {result.skills.length > 0 && (
        <section aria-labelledby="skill-results" className="mt-8">
          <h2 id="skill-results" className="text-2xl font-bold">
            {t.skillsHeading}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {result.skills.map((hit) => (
              <li key={hit.skill.id}>
                <Link prefetch={false} href={skillHref(locale, hit.skill.id)} className="inline-block rounded-full border border-line px-3 py-1">
                  {hit.skill.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </PageShell>
  );
}
