import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/content/schema';
import type { Role } from '@/lib/content/types';
import { getRole, getRoles } from '@/lib/content';
import { MIN_COMPARED, parseCompareSelection, sharedItems } from '@/lib/compare';
import { headlinePay } from '@/lib/content/pay';
import { payHeadline } from '@/lib/format';
import { fill, getDictionary } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { homeHref, localePath, roleHref, skillHref, studyHref } from '@/lib/links';
import { Breadcrumbs } from '../Breadcrumbs';
import { PageShell } from '../PageShell';

export function compareMetadata(locale: Locale) {
  const t = getDictionary(locale).compare;
  return { ...pageMetadata({ locale, path: '/compare', title: t.title, description: t.lead }), robots: { index: false } };
}

/** Two or three roles side by side, with a plain GET form to choose them. */
export function ComparePage({ locale, roles: raw }: { locale: Locale; roles: string | string[] | undefined }) {
  const dict = getDictionary(locale);
  const t = dict.compare;
  const all = getRoles(locale);
  const selection = parseCompareSelection(raw, new Set(all.map((r) => r.slug)));
  const roles = selection.slugs.map((slug) => getRole(locale, slug)!);
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
                <Link prefetch={false} href={skillHref(locale, skill.id)}>{skill.label}</Link>
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
              <Link prefetch={false} href={studyHref(locale, d.code)}>
                {d.code} {d.name}
              </Link>
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
          <Link prefetch={false} href={roleHref(locale, r.slug, 'salary')}>{dict.role.noCurrentPay}</Link>
        );
      },
    ],
  ];

  return (
    <PageShell locale={locale} path={localePath(locale, '/compare')}>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: t.title }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{t.lead}</p>
      {(selection.unknown.length > 0 || selection.dropped.length > 0 || !ready) && (
        <div role="status" className="mt-6 max-w-prose rounded-md border-l-4 border-accent bg-panel p-4">
          {selection.unknown.length > 0 && <p>{fill(t.unknown, { list: selection.unknown.map((s) => `«${s}»`).join(', ') })}</p>}
          {selection.dropped.length > 0 && (
            <p>{fill(t.dropped, { list: selection.dropped.map((s) => getRole(locale, s)!.title).join(', ') })}</p>
          )}
          {!ready && <p>{t.needTwo}</p>}
        </div>
      )}
      {ready && (
        <div className="mt-8 overflow-x-auto">
          <table className="w-full min-w-[40rem] border-collapse text-left align-top">
            <caption className="sr-only">{t.tableCaption}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <td className="w-40" />
                {roles.map((r) => (
                  <th key={r.slug} scope="col" className="p-3 text-lg">
                    <Link prefetch={false} href={roleHref(locale, r.slug)}>{r.title}</Link>
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
          {shared.size > 0 && <p className="mt-2 text-sm text-muted">{t.sharedLegend}</p>}
        </div>
      )}
      <form method="get" action={localePath(locale, '/compare')} className="no-print mt-10">
        <fieldset>
          <legend className="text-xl font-semibold">{t.pick}</legend>
          <p className="text-muted">{t.pickHint}</p>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {all.map((r) => (
              <li key={r.slug}>
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="roles" value={r.slug} defaultChecked={selection.slugs.includes(r.slug)} className="size-6" />
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
    </PageShell>
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
