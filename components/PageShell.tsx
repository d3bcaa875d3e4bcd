import type { ReactNode } from 'react';
import { getDictionary } from '@/lib/i18n';
import { aboutHref, admissionsHref, homeHref, kpisHref, localePath, mapHref, quizHref, rolesHref, skillsHref, studyIndexHref, switchLocalePath, toolsHref } from '@/lib/links';
import { localeInfo, otherLocales, type Locale } from '@/lib/locales';
import { SearchForm } from './SearchForm';

interface PageShellProps {
  locale: Locale;
  /** This page's path in the current language, for the language menu. */
  path: string;
  /** The query string the language menu keeps (without "?"), so the other language shows the same thing. */
  query?: string;
  /** false on pages that are one form (the quiz): the page's own form comes first, undistracted. */
  headerSearch?: boolean;
  children: ReactNode;
}

/** Header, main landmark and footer around every page. Plain links: no client router. */
export function PageShell({ locale, path, query, headerSearch = true, children }: PageShellProps) {
  const t = getDictionary(locale);
  const nav: [string, string][] = [
    [rolesHref(locale), t.nav.roles],
    [skillsHref(locale), t.nav.skills],
    [studyIndexHref(locale), t.nav.study],
    [localePath(locale, '/compare'), t.nav.compare],
    [mapHref(locale), t.nav.map],
    [quizHref(locale), t.nav.quiz],
  ];
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-paper focus:px-4 focus:py-2">
        {t.skipToContent}
      </a>
      <header className="no-print border-b border-line">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <a href={homeHref(locale)} className="font-semibold text-ink no-underline">
            {t.siteName}
          </a>
          {headerSearch && (
            <div className="order-last w-full lg:order-none lg:w-80">
              <SearchForm locale={locale} compact inputId="header-q" />
            </div>
          )}
          <nav aria-label={t.nav.label}>
            <ul className="flex flex-wrap items-center gap-x-5 gap-y-1">
              {nav.map(([href, label]) => (
                <li key={href}>
                  <a href={href}>{label}</a>
                </li>
              ))}
              {otherLocales(locale).map((other) => (
                <li key={other}>
                  {/* public/enhance.js adds the #section being read; the query is in the link itself */}
                  <a href={switchLocalePath(path, other, query)} hrefLang={localeInfo(other).hreflang} lang={other} title={localeInfo(other).readIn} data-language-switch>
                    {localeInfo(other).nativeName}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pb-16 pt-6 focus:outline-none">
        {children}
      </main>
      <footer className="no-print border-t border-line">
        <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
          <p>{t.footer.about}</p>
          <p className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
            <a href={aboutHref(locale)}>{t.nav.about}</a>
            <a href={admissionsHref(locale)}>{t.nav.admissions}</a>
            <a href={localePath(locale, '/match')}>{t.nav.match}</a>
            <a href={toolsHref(locale)}>{t.nav.tools}</a>
            <a href={kpisHref(locale)}>{t.nav.kpis}</a>
            <a href="/data/roles.json">{t.footer.openData}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
