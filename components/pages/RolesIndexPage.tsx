import type { Area, RoleCard } from '@/lib/content/types';
import { fill, getDictionary, plural } from '@/lib/i18n';
import { homeHref, roleHref, rolesHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { Breadcrumbs } from '../Breadcrumbs';
import { RoleCardList } from '../RoleCardList';

export interface RolesIndexPageProps {
  locale: Locale;
  areas: Area[];
  roles: RoleCard[];
  /** The area the reader picked with ?area=, if it exists. */
  area?: string;
}

/**
 * The letter a role is filed under in the A–Z list: the word that tells it apart, so
 * «Менеджер по закупкам» sits under З, not with ten other roles under М.
 */
export function indexLetter(title: string, locale: Locale): string {
  const skip = new RegExp(getDictionary(locale).roles.indexSkip, 'iu');
  return (title.replace(skip, '') || title)[0]!.toLocaleUpperCase(locale);
}

/** All roles A–Z and by area; `?area=` narrows to one area (unknown values show all). */
export function RolesIndexPage({ locale, areas, roles, area }: RolesIndexPageProps) {
  const t = getDictionary(locale);
  const selected = areas.find((a) => a.id === area);
  const shownAreas = selected ? [selected] : areas;
  const collator = new Intl.Collator(locale);
  const byLetter = new Map<string, RoleCard[]>();
  for (const r of roles) byLetter.set(indexLetter(r.title, locale), [...(byLetter.get(indexLetter(r.title, locale)) ?? []), r]);
  const letters = [...byLetter.keys()].sort(collator.compare);
  return (
    <>
      <Breadcrumbs label={t.breadcrumbs} items={[{ label: t.nav.home, href: homeHref(locale) }, { label: t.nav.roles }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{selected ? selected.name : t.roles.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{selected ? selected.summary : fill(t.roles.lead, { roles: plural(locale, roles.length, t.counts.roles) })}</p>
      <nav aria-label={t.roles.filterLabel} className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {[{ id: undefined, name: t.roles.allAreas }, ...areas].map((a) => (
            <li key={a.id ?? 'all'}>
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
          <p className="mt-1 text-sm text-muted">{t.roles.alphabeticalHint}</p>
          <div className="mt-3 columns-1 gap-8 sm:columns-2 lg:columns-3" data-az-index>
            {letters.map((letter) => (
              <section key={letter} aria-labelledby={`letter-${letter}`} className="mb-4 break-inside-avoid">
                <h3 id={`letter-${letter}`} className="text-lg font-bold">
                  {letter}
                </h3>
                <ul>
                  {byLetter
                    .get(letter)!
                    .sort((a, b) => collator.compare(a.title, b.title))
                    .map((r) => (
                      <li key={r.slug} className="py-0.5">
                        <a href={roleHref(locale, r.slug)}>{r.title}</a>
                      </li>
                    ))}
                </ul>
              </section>
            ))}
          </div>
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
            <RoleCardList locale={locale} roles={roles.filter((r) => r.areaId === a.id)} />
          </section>
        ))}
      </section>
    </>
  );
}
