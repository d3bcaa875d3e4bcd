import Link from 'next/link';
import type { Locale } from '@/lib/content/schema';
import { getRoles, getSkills } from '@/lib/content';
import { fill, getDictionary } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { homeHref, localePath, roleHref, skillHref } from '@/lib/links';
import { parseIdList } from '@/lib/query-list';
import { matchRoles } from '@/lib/search/match';
import { Breadcrumbs } from '../Breadcrumbs';
import { PageShell } from '../PageShell';
import { SkillFilter } from '../SkillFilter';

export function matchMetadata(locale: Locale) {
  const t = getDictionary(locale).match;
  return { ...pageMetadata({ locale, path: '/match', title: t.title, description: t.lead }), robots: { index: false } };
}

/** "I have these skills": a GET form of checkboxes, and roles ranked by coverage. */
export function MatchPage({ locale, skills: raw }: { locale: Locale; skills: string | string[] | undefined }) {
  const dict = getDictionary(locale);
  const t = dict.match;
  const skills = getSkills(locale);
  const label = new Map(skills.map((s) => [s.id, s.label]));
  const { ids, unknown } = parseIdList(raw, new Set(label.keys()));
  const selected = new Set(ids);
  const matches = matchRoles(
    selected,
    getRoles(locale).map((r) => ({ slug: r.slug, title: r.title, skills: r.skills.map((s) => ({ id: s.skill.id, weight: s.weight })) })),
  );
  return (
    <PageShell locale={locale} path={localePath(locale, '/match')}>
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
                <Link prefetch={false} href={roleHref(locale, m.role.slug)} className="text-lg font-semibold">
                  {m.role.title}
                </Link>{' '}
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
                        <Link prefetch={false} href={skillHref(locale, id)}>{label.get(id)}</Link>
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
        <SkillFilter listId="skill-options" label={t.filterLabel} />
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
    </PageShell>
  );
}
