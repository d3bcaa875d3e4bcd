import type { RoleCard } from '@/lib/content/types';
import { getDictionary } from '@/lib/i18n';
import { homeHref, roleHref, rolesHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { SearchForm } from '../SearchForm';

/** The 404 page, in the language of the address: where to go instead. */
export function NotFoundPage({ locale, roles }: { locale: Locale; roles: RoleCard[] }) {
  const t = getDictionary(locale);
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">{t.notFound.title}</h1>
      <p className="mt-4 text-lg">{t.notFound.lead}</p>
      <div className="mt-4">
        <SearchForm locale={locale} inputId="not-found-q" />
      </div>
      <ul className="mt-4 flex flex-wrap gap-4">
        <li>
          <a href={homeHref(locale)}>{t.notFound.toHome}</a>
        </li>
        <li>
          <a href={rolesHref(locale)}>{t.notFound.toRoles}</a>
        </li>
      </ul>
      <ul className="mt-6 columns-1 gap-6 sm:columns-2">
        {roles.map((role) => (
          <li key={role.slug}>
            <a href={roleHref(locale, role.slug)}>{role.title}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
