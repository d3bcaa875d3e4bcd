import Link from 'next/link';
import { getRoles } from '@/lib/content';
import type { Locale } from '@/lib/content/schema';
import { getDictionary } from '@/lib/i18n';
import { homeHref, roleHref, rolesHref } from '@/lib/links';
import { PageShell } from '../PageShell';
import { SearchForm } from '../SearchForm';

/** The localized 404 page: where to go instead. */
export function NotFoundPage({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <PageShell locale={locale} path={homeHref(locale)}>
      <div className="max-w-prose">
        <h1 className="text-3xl font-bold">{t.notFound.title}</h1>
        <p className="mt-4 text-lg">{t.notFound.lead}</p>
        <div className="mt-4">
          <SearchForm locale={locale} inputId="not-found-q" />
        </div>
        <ul className="mt-4 flex flex-wrap gap-4">
          <li>
            <Link prefetch={false} href={homeHref(locale)}>{t.notFound.toHome}</Link>
          </li>
          <li>
            <Link prefetch={false} href={rolesHref(locale)}>{t.notFound.toRoles}</Link>
          </li>
        </ul>
        <ul className="mt-6 columns-1 gap-6 sm:columns-2">
          {getRoles(locale).map((role) => (
            <li key={role.slug}>
              <Link prefetch={false} href={roleHref(locale, role.slug)}>{role.title}</Link>
            </li>
          ))}
        </ul>
      </div>
    </PageShell>
  );
}
