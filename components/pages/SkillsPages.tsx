import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Locale } from '@/lib/content/schema';
import { getRoles, getRolesForSkill, getSkill, getSkills } from '@/lib/content';
import { fill, getDictionary } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { homeHref, localePath, roleHref, skillHref, skillsHref } from '@/lib/links';
import { Breadcrumbs } from '../Breadcrumbs';
import { PageShell } from '../PageShell';

export function skillsIndexMetadata(locale: Locale) {
  const t = getDictionary(locale).skills;
  return pageMetadata({ locale, path: '/skills', title: t.title, description: t.lead });
}

/** Every skill A–Z, grouped by first letter, with how many roles need it. */
export function SkillsIndexPage({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale);
  const t = dict.skills;
  const total = getRoles(locale).length;
  const byLetter = new Map<string, ReturnType<typeof getSkills>>();
  for (const skill of getSkills(locale)) {
    const letter = skill.label[0]!.toLocaleUpperCase(locale);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), skill]);
  }
  return (
    <PageShell locale={locale} path={skillsHref(locale)}>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: dict.nav.skills }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{t.lead}</p>
      <div className="mt-8 columns-1 gap-10 sm:columns-2 lg:columns-3">
        {[...byLetter].map(([letter, skills]) => (
          <section key={letter} aria-labelledby={`letter-${letter}`} className="mb-6 break-inside-avoid">
            <h2 id={`letter-${letter}`} className="text-xl font-bold">
              {letter}
            </h2>
            <ul className="mt-1 space-y-1">
              {skills.map((skill) => (
                <li key={skill.id}>
                  <Link prefetch={false} href={skillHref(locale, skill.id)}>{skill.label}</Link>{' '}
                  <span className="text-sm text-muted">
                    ({fill(t.rolesCount, { count: getRolesForSkill(locale, skill.id).length, total })})
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </PageShell>
  );
}

export function skillParams(locale: Locale) {
  return getSkills(locale).map((s) => ({ id: s.id }));
}

export function skillMetadata(locale: Locale, id: string) {
  const skill = getSkill(locale, id);
  if (!skill) return {};
  const t = getDictionary(locale).skills;
  const roles = getRolesForSkill(locale, id).map((m) => m.role.title);
  return pageMetadata({ locale, path: `/skills/${id}`, title: skill.label, description: `${t.rolesTitle}: ${roles.join(', ')}` });
}

/** One skill: its synonyms and the roles that need it, essential first. */
export function SkillPage({ locale, id }: { locale: Locale; id: string }) {
  const skill = getSkill(locale, id);
  if (!skill) notFound();
  const dict = getDictionary(locale);
  const t = dict.skills;
  const matches = getRolesForSkill(locale, id);
  return (
    <PageShell locale={locale} path={localePath(locale, `/skills/${id}`)}>
      <Breadcrumbs
        label={dict.breadcrumbs}
        items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: dict.nav.skills, href: skillsHref(locale) }, { label: skill.label }]}
      />
      <h1 className="text-3xl font-bold sm:text-4xl">{skill.label}</h1>
      <dl className="mt-4 grid max-w-prose gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t.kindLabel}</dt>
        <dd>{t.kinds[skill.kind]}</dd>
        {skill.synonyms.length > 0 && (
          <>
            <dt className="font-medium">{t.alsoSearched}</dt>
            <dd>{skill.synonyms.join(', ')}</dd>
          </>
        )}
      </dl>
      <h2 className="mt-8 text-2xl font-bold">{t.rolesTitle}</h2>
      {matches.length === 0 ? (
        <p className="mt-3">{t.noRoles}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {matches.map(({ role, weight }) => (
            <li key={role.slug} data-weight={weight}>
              <Link prefetch={false} href={roleHref(locale, role.slug, 'skills')} className="font-semibold">
                {role.title}
              </Link>{' '}
              <span className="text-sm text-muted">({weight === 'essential' ? t.essentialFor : t.optionalFor})</span>
              <p className="text-muted">{role.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </PageShell>
  );
}
