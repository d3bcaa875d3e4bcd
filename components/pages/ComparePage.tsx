import type { ReactNode } from 'react';
import type { Role, RoleCard } from '@/lib/content/types';
import { MIN_COMPARED, sharedItems } from '@/lib/compare';
import { headlinePay } from '@/lib/content/pay';
import { payHeadline } from '@/lib/format';
import { fill, getDictionary } from '@/lib/i18n';
import { homeHref, localePath, roleHref, skillHref, studyHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { Breadcrumbs } from '../Breadcrumbs';

export interface ComparePageProps {
  locale: Locale;
  /** The roles compared, in the order asked for. */
  roles: Role[];
  /** Every role, for the picker. */
  all: RoleCard[];
  unknown: string[];
  /** Titles of known roles beyond the three compared. */
  dropped: string[];
}

/** Two or three roles side by side, with a plain GET form to choose them. */
export function ComparePage({ locale, roles, all, unknown, dropped }: ComparePageProps) {
  const dict = getDictionary(locale);
  const t = dict.compare;
  const ready = roles.length >= MIN_COMPARED;
  const shared = sharedItems(roles.map((r) => r.skills.filter((s) => s.weight === 'essential').map((s) => s.skill.id)));

  const rows: [string, (role: Role) => ReactNode][] = [
    [t.rows.summary, (r) => r.summary],
    [t.rows.area, (r) => r.area.name],
    [t.rows.duties, (r) => <List items={r.duties} />],
    [
      t.rows.skills,
      (r) => (
        <ul className="space-y-1">
          {r.skills
            .filter((s) => s.weight === 'essential')
            .map(({ skill }) => (
              <li key={skill.id}>
                <a href={skillHref(locale, skill.id)}>{skill.label}</a>
                {shared.has(skill.id) && <strong className="ml-1 text-sm"> ({t.shared})</strong>}
              </li>
            ))}
        </ul>
      ),
    ],
    [t.rows.kpis, (r) => <List items={r.kpis.map((k) => k.kpi.name)} />],
    [
      t.rows.education,
      (r) => (
        <ul className="space-y-1">
          {r.codes.studyDirections.map((d) => (
            <li key={d.code}>
              <a href={studyHref(locale, d.code)}>
                {d.code} {d.name}
              </a>
            </li>
          ))}
        </ul>
      ),
    ],
    [t.rows.career, (r) => <List items={r.ladder} />],
    [
      t.rows.salary,
      (r) => {
        const pay = headlinePay(r.pay);
        return pay ? (
          <>{payHeadline(locale, pay)}</>
        ) : (
          <a href={roleHref(locale, r.slug, 'salary')}>{dict.role.noCurrentPay}</a>
        );
      },
    ],
  ];

  return (
    <>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: t.title }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{t.lead}</p>
      {(unknown.length > 0 || dropped.length > 0 || !ready) && (
        <div role="status" className="mt-6 max-w-prose rounded-md border-l-4 border-accent bg-panel p-4">
          {unknown.length > 0 && <p>{fill(t.unknown, { list: unknown.map((s) => `«${s}»`).join(', ') })}</p>}
          {dropped.length > 0 && <p>{fill(t.dropped, { list: dropped.join(', ') })}</p>}
          {!ready && <p>{t.needTwo}</p>}
        </div>
      )}
      {ready && (
        <>
        {/* On a phone each row becomes a block that names the role beside every value. */}
        <div className="mt-8 space-y-6 md:hidden" data-compare-stacked>
          {rows.map(([label, cell]) => (
            <section key={label} aria-label={label} className="border-t border-line pt-3">
              <h2 className="text-lg font-bold">{label}</h2>
              <dl className="mt-2 space-y-3">
                {roles.map((r) => (
                  <div key={r.slug}>
                    <dt className="font-semibold">
                      <a href={roleHref(locale, r.slug)}>{r.title}</a>
                    </dt>
                    <dd className="mt-1">{cell(r)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <div className="mt-8 hidden md:block">
          <table className="w-full border-collapse text-left align-top">
            <caption className="sr-only">{t.tableCaption}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <td className="w-40" />
                {roles.map((r) => (
                  <th key={r.slug} scope="col" className="p-3 text-lg">
                    <a href={roleHref(locale, r.slug)}>{r.title}</a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, cell]) => (
                <tr key={label} className="border-b border-line align-top">
                  <th scope="row" className="p-3 font-semibold">
                    {label}
                  </th>
                  {roles.map((r) => (
                    <td key={r.slug} className="p-3">
                      {cell(r)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {shared.size > 0 && <p className="mt-2 text-sm text-muted">{t.sharedLegend}</p>}
        </>
      )}
      <form method="get" action={localePath(locale, '/compare')} className="no-print mt-10">
        <fieldset>
          <legend className="text-xl font-semibold">{t.pick}</legend>
          <p className="text-muted">{t.pickHint}</p>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {all.map((r) => (
              <li key={r.slug}>
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="roles" value={r.slug} defaultChecked={roles.some((x) => x.slug === r.slug)} className="size-6" />
                  {r.title}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="mt-4 rounded-md bg-accent px-5 py-2 font-semibold text-accent-ink">
          {t.submit}
        </button>
      </form>
    </>
  );
}

function List({ items }: { items: string[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
