import type { Kpi, RoleCard } from '@/lib/content/types';
import { getDictionary } from '@/lib/i18n';
import { homeHref, kpiHref, kpisHref, roleHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { Breadcrumbs } from '../Breadcrumbs';
import { SourceCitation } from '../role/SourceCitation';

export interface KpisIndexPageProps {
  locale: Locale;
  kpis: (Kpi & { roles: RoleCard[] })[];
}

/** Every KPI of the glossary, A–Z: one definition and formula each, and the roles measured by it. */
export function KpisIndexPage({ locale, kpis }: KpisIndexPageProps) {
  const dict = getDictionary(locale);
  const t = dict.kpis;
  return (
    <>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: t.title }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{t.lead}</p>
      <dl className="mt-8 max-w-prose space-y-5">
        {kpis.map((kpi) => (
          <div key={kpi.id}>
            <dt className="text-lg font-semibold">
              <a href={kpiHref(locale, kpi.id)}>{kpi.name}</a>
            </dt>
            <dd className="mt-1">{kpi.definition}</dd>
            <dd className="mt-1 text-sm text-muted">{kpi.roles.map((r) => r.title).join(', ')}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

export interface KpiPageProps {
  locale: Locale;
  kpi: Kpi;
  roles: { role: RoleCard; note?: string }[];
}

/** One KPI: its definition and formula, and each role that uses it, with how. */
export function KpiPage({ locale, kpi, roles }: KpiPageProps) {
  const dict = getDictionary(locale);
  const t = dict.kpis;
  return (
    <>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: t.title, href: kpisHref(locale) }, { label: kpi.name }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{kpi.name}</h1>
      <p className="mt-3 max-w-prose text-lg">{kpi.definition}</p>
      {kpi.formula && (
        <p className="mt-4">
          <span className="text-sm text-muted">{dict.role.kpiFormula}: </span>
          <code className="rounded bg-panel px-2 py-1 font-mono">{kpi.formula}</code>
        </p>
      )}
      {kpi.synonyms.length > 0 && (
        <p className="mt-3 text-sm text-muted">
          {dict.skills.alsoSearched}: {kpi.synonyms.join(', ')}
        </p>
      )}
      <p className="mt-3 text-sm text-muted">
        {dict.role.sourcesShort}: <SourceCitation source={kpi.source} locale={locale} />
      </p>
      <h2 className="mt-8 text-2xl font-bold">{t.rolesTitle}</h2>
      <ul className="mt-3 max-w-prose space-y-3">
        {roles.map(({ role, note }) => (
          <li key={role.slug}>
            <a href={roleHref(locale, role.slug, 'kpi')} className="font-semibold">
              {role.title}
            </a>
            {note && <p>{note}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
