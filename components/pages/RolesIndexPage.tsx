import Link from 'next/link';
import type { Locale } from '@/lib/content/schema';
import { getAreas, getRoles } from '@/lib/content';
import { fill, getDictionary, plural } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { homeHref, roleHref, rolesHref } from '@/lib/links';
import { Breadcrumbs } from '../Breadcrumbs';
import { PageShell } from '../PageShell';
import { RoleCardList } from '../RoleCardList';

export function rolesIndexMetadata(locale: Locale) {
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: '/roles', title: t.roles.title, description: fill(t.roles.lead, { roles: plural(locale, getRoles(locale).length, t.counts.roles) }) });
}

/**
 * All roles A–Z and by area; `?area=` narrows to one area (unknown values show all).
 * The filter links are plain <a>: a query-string change must always be a full server render.
 */
export function RolesIndexPage({ locale, area }: { locale: Locale; area?: string }) {
  const t = getDictionary(locale);
  const roles = getRoles(locale);
  const areas = getAreas(locale);
  const selected = areas.find((a) => a.id === area);
  const shownAreas = selected ? [selected] : areas;
  return (
    <PageShell locale={locale} path={rolesHref(locale)}>
      <Breadcrumbs label={t.breadcrumbs} items={[{ label: t.nav.home, href: homeHref(locale) }, { label: t.nav.roles }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{selected ? selected.name : t.roles.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{selected ? selected.summary : fill(t.roles.lead, { roles: plural(locale, roles.length, t.counts.roles) })}</p>
      <nav aria-label={t.roles.filterLabel} className="mt-6">
        <ul className="flex flex-wrap gap-2">
          <li>
            <a
              href={rolesHref(locale)}
              aria-current={selected ? undefined : 'page'}
              className="inline-block rounded-full border border-line px-3 py-1 aria-[current=page]:bg-accent aria-[current=page]:text-accent-ink"
            >
              {t.roles.allAreas}
            </a>
          </li>
          {areas.map((a) => (
            <li key={a.id}>
              <a
                href={rolesHref(locale, a.id)}
                aria-current={selected?.id === a.id ? 'page' : undefined}
                className="inline-block rounded-full border border-line px-3 py-1 aria-[current=page]:bg-accent aria-[current=page]:text-accent-ink"
              >
                {a.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {!selected && (
        <section aria-labelledby="az-heading" className="mt-8">
          <h2 id="az-heading" className="text-2xl font-bold">
            {t.roles.alphabetical}
          </h2>
          <ul className="mt-3 columns-1 gap-8 sm:columns-2 lg:columns-3">
            {roles.map((r) => (
              <li key={r.slug} className="py-0.5">
                <Link prefetch={false} href={roleHref(locale, r.slug)}>{r.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="by-area-heading" className="mt-10">
        <h2 id="by-area-heading" className={selected ? 'sr-only' : 'text-2xl font-bold'}>
          {t.roles.byArea}
        </h2>
        {shownAreas.map((a) => (
          <section key={a.id} aria-labelledby={`area-${a.id}`} className="mt-6">
            <h3 id={`area-${a.id}`} className="mb-3 text-xl font-semibold">
              {a.name}
            </h3>
            <RoleCardList roles={roles.filter((r) => r.area.id === a.id)} />
          </section>
        ))}
      </section>
    </PageShell>
  );
}
