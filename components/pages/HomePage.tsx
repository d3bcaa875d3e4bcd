import type { Area, RoleCard } from '@/lib/content/types';
import { fill, getDictionary, plural } from '@/lib/i18n';
import { homeHref, quizHref, rolesHref, searchHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { breadcrumbJsonLd } from '@/lib/seo';
import { JsonLd } from '../JsonLd';
import { RoleCardList } from '../RoleCardList';
import { SearchForm } from '../SearchForm';

export interface HomePageProps {
  locale: Locale;
  areas: Area[];
  roles: RoleCard[];
}

/** What the guide is, a search box with examples, then every role by area. */
export function HomePage({ locale, areas, roles }: HomePageProps) {
  const t = getDictionary(locale);
  return (
    <>
      <JsonLd data={breadcrumbJsonLd([{ label: t.nav.home, href: homeHref(locale) }])} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.home.title}</h1>
      <p className="mt-4 max-w-prose text-lg">{fill(t.home.lead, { roles: plural(locale, roles.length, t.counts.professions) })}</p>
      <section aria-labelledby="home-search" className="mt-8 max-w-2xl rounded-lg bg-panel p-5">
        <h2 id="home-search" className="text-xl font-semibold">
          {t.home.searchHeading}
        </h2>
        <p className="mt-1 text-muted">{t.home.searchHint}</p>
        <div className="mt-3">
          <SearchForm locale={locale} inputId="home-q" />
        </div>
        <p className="mt-3 text-sm">
          {t.search.suggestions}:{' '}
          {t.home.examples.map((q, i) => (
            <span key={q}>
              {i > 0 && ', '}
              <a href={searchHref(locale, q)}>{q}</a>
            </span>
          ))}
        </p>
      </section>
      <p className="mt-6 max-w-2xl">
        {t.quiz.home}{' '}
        <a href={quizHref(locale)} className="font-semibold">
          {t.quiz.homeLink}
        </a>
      </p>
      <h2 className="mt-10 text-2xl font-bold">{t.home.byArea}</h2>
      {areas.map((area) => {
        const inArea = roles.filter((r) => r.areaId === area.id);
        if (inArea.length === 0) return null;
        return (
          <section key={area.id} aria-labelledby={`area-${area.id}`} className="mt-8">
            <h3 id={`area-${area.id}`} className="text-xl font-semibold">
              <a href={rolesHref(locale, area.id)}>{area.name}</a>
            </h3>
            <p className="mb-3 mt-1 text-muted">{area.summary}</p>
            <RoleCardList locale={locale} roles={inArea} />
          </section>
        );
      })}
      <p className="mt-10">
        <a href={rolesHref(locale)}>{t.home.allRoles}</a>
      </p>
    </>
  );
}
