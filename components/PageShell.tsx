import Link from 'next/link';
import type { ReactNode } from 'react';
import { localeInfo, otherLocales, type Locale } from '@/lib/locales';
import { getDictionary } from '@/lib/i18n';
import { SearchForm } from './SearchForm';
import { admissionsHref, homeHref, localePath, mapHref, rolesHref, skillsHref, studyIndexHref, switchLocalePath } from '@/lib/links';

interface PageShellProps {
  locale: Locale;
  /** This page's path in the current locale, for the language switch. */
  path: string;
  children: ReactNode;
}

/** Header, main landmark and footer around every page. */
export function PageShell({ locale, path, children }: PageShellProps) {
  const t = getDictionary(locale);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-paper focus:px-4 focus:py-2"
      >
        {t.skipToContent}
      </a>
      <header className="no-print border-b border-line">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <Link prefetch={false} href={homeHref(locale)} className="font-semibold text-ink no-underline">
            {t.siteName}
          </Link>
          <div className="order-last w-full sm:order-none sm:w-72">
            <SearchForm locale={locale} compact inputId="header-q" />
          </div>
          <nav aria-label={t.nav.label}>
            <ul className="flex flex-wrap items-center gap-x-5 gap-y-1">
              <li>
                <Link prefetch={false} href={rolesHref(locale)}>{t.nav.roles}</Link>
              </li>
              <li>
                <Link prefetch={false} href={skillsHref(locale)}>{t.nav.skills}</Link>
              </li>
              <li>
                <Link prefetch={false} href={studyIndexHref(locale)}>{t.nav.study}</Link>
              </li>
              <li>
                <Link prefetch={false} href={localePath(locale, '/compare')}>{t.nav.compare}</Link>
              </li>
              <li>
                <Link prefetch={false} href={mapHref(locale)}>{t.nav.map}</Link>
              </li>
              <li>
                <Link prefetch={false} href={localePath(locale, '/match')}>{t.nav.match}</Link>
              </li>
              {otherLocales(locale).map((other) => (
                <li key={other}>
                  {/* public/enhance.js keeps the #section when switching language */}
                  <a href={switchLocalePath(path, other)} hrefLang={localeInfo(other).hreflang} lang={other} title={localeInfo(other).readIn} data-language-switch>
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
            <Link prefetch={false} href={admissionsHref(locale)}>{t.nav.admissions}</Link>
            <a href="/data/roles.json">{t.footer.openData}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
