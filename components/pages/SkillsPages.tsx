import type { RoleCard, Skill, SkillWeight } from '@/lib/content/types';
import { getDictionary } from '@/lib/i18n';
import { homeHref, roleHref, skillHref, skillsHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { Breadcrumbs } from '../Breadcrumbs';
import { LetterIndex } from '../LetterIndex';

export interface SkillsIndexPageProps {
  locale: Locale;
  skills: (Skill & { roles: number })[];
  totalRoles: number;
}

/** Every skill A–Z, grouped by first letter, with how many roles need it. */
export function SkillsIndexPage({ locale, skills, totalRoles }: SkillsIndexPageProps) {
  const dict = getDictionary(locale);
  const t = dict.skills;
  return (
    <>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: dict.nav.skills }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{t.lead}</p>
      <LetterIndex locale={locale} totalRoles={totalRoles} entries={skills.map((skill) => ({ id: skill.id, label: skill.label, href: skillHref(locale, skill.id), roles: skill.roles }))} />
    </>
  );
}

export interface SkillPageProps {
  locale: Locale;
  skill: Skill;
  matches: { role: RoleCard; weight: SkillWeight }[];
}

/** One skill: its synonyms and the roles that need it, essential first. */
export function SkillPage({ locale, skill, matches }: SkillPageProps) {
  const dict = getDictionary(locale);
  const t = dict.skills;
  return (
    <>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: dict.nav.skills, href: skillsHref(locale) }, { label: skill.label }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{skill.label}</h1>
      <dl className="mt-4 grid max-w-prose gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t.kindLabel}</dt>
        <dd>{t.kind[skill.kind]}</dd>
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
              <a href={roleHref(locale, role.slug, 'skills')} className="font-semibold">
                {role.title}
              </a>{' '}
              <span className="text-sm text-muted">({weight === 'essential' ? t.essentialFor : t.optionalFor})</span>
              <p className="text-muted">{role.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
