import type { Skill } from '@/lib/content/types';
import { fill, getDictionary } from '@/lib/i18n';
import { homeHref, localePath, roleHref, skillHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { parseIdList } from '@/lib/query-list';
import { matchRoles, type MatchableRole } from '@/lib/search/match';
import { Breadcrumbs } from '../Breadcrumbs';

export interface MatchPageProps {
  locale: Locale;
  skills: Skill[];
  roles: (MatchableRole & { title: string })[];
  /** The ?skills= value(s) as sent. */
  selected: string[];
}

/** "I have these skills": a GET form of checkboxes, and roles ranked by coverage. */
export function MatchPage({ locale, skills, roles, selected: raw }: MatchPageProps) {
  const dict = getDictionary(locale);
  const t = dict.match;
  const label = new Map(skills.map((s) => [s.id, s.label]));
  const { ids, unknown } = parseIdList(raw, new Set(label.keys()));
  const selected = new Set(ids);
  const matches = matchRoles(selected, roles);
  return (
    <>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: t.title }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{t.lead}</p>
      {unknown.length > 0 && (
        <p role="status" className="mt-4 rounded-md bg-panel p-3">
          {fill(t.unknown, { list: unknown.map((s) => `«${s}»`).join(', ') })}
        </p>
      )}
      {selected.size === 0 ? (
        <p className="mt-6">{t.noneSelected}</p>
      ) : (
        <section aria-labelledby="match-results" className="mt-8">
          <h2 id="match-results" className="text-2xl font-bold">
            {t.resultsHeading}
          </h2>
          <p className="text-sm text-muted">{t.share}</p>
          <ol className="mt-4 space-y-5" data-match-results>
            {matches.map((m) => (
              <li key={m.role.slug}>
                <a href={roleHref(locale, m.role.slug)} className="text-lg font-semibold">
                  {m.role.title}
                </a>{' '}
                <span className="text-sm text-muted">({Math.round(m.score * 100)} %)</span>
                <p className="text-sm">
                  {fill(t.coverage, { essential: m.essential.have, essentialTotal: m.essential.total, optional: m.optional.have, optionalTotal: m.optional.total })}
                </p>
                {m.missingEssential.length > 0 ? (
                  <p className="text-sm">
                    {t.missing}:{' '}
                    {m.missingEssential.map((id, i) => (
                      <span key={id}>
                        {i > 0 && ', '}
                        <a href={skillHref(locale, id)}>{label.get(id)}</a>
                      </span>
                    ))}
                  </p>
                ) : (
                  <p className="text-sm">{t.complete}</p>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      <form method="get" action={localePath(locale, '/match')} className="no-print mt-10">
        <h2 className="text-2xl font-bold">{t.pick}</h2>
        {/* public/enhance.js hides the skills that do not match what is typed; without it the list is just longer */}
        <div className="mt-3" data-needs-js>
          <label htmlFor="skill-options-filter" className="block font-medium">
            {t.filterLabel}
          </label>
          <input id="skill-options-filter" type="search" data-filter-list="skill-options" autoComplete="off" className="mt-1 w-full max-w-sm rounded-md border border-line bg-paper px-3 py-2 text-ink" />
        </div>
        <button type="submit" className="mt-3 rounded-md bg-accent px-5 py-2 font-semibold text-accent-ink">
          {t.submit}
        </button>
        <div id="skill-options" className="mt-4 grid gap-6 lg:grid-cols-3">
          {(['skill', 'knowledge', 'tool'] as const).map((kind) => (
            <fieldset key={kind}>
              <legend className="text-lg font-semibold">{dict.skills.kinds[kind]}</legend>
              <ul className="mt-2 space-y-1">
                {skills
                  .filter((s) => s.kind === kind)
                  .map((s) => (
                    <li key={s.id} data-skill-option={[s.label, ...s.synonyms].join(' ')}>
                      <label className="flex items-center gap-2">
                        <input type="checkbox" name="skills" value={s.id} defaultChecked={selected.has(s.id)} className="size-6 shrink-0" />
                        {s.label}
                      </label>
                    </li>
                  ))}
              </ul>
            </fieldset>
          ))}
        </div>
        <button type="submit" className="mt-6 rounded-md bg-accent px-5 py-2 font-semibold text-accent-ink">
          {t.submit}
        </button>
      </form>
    </>
  );
}
