import type { GetStaticProps, PageConfig } from 'next';
import { SkillPage, type SkillPageProps } from '@/components/pages/SkillsPages';
import { SitePage } from '@/components/SitePage';
import { getRolesForSkill, getSkill, getSkills, toRoleCard } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { skillHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { idPaths, localeOf, param, plain } from '@/lib/page-props';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = idPaths('id', (locale) => getSkills(locale).map((s) => s.id));

type Props = SkillPageProps & { head: PageHead };

export const getStaticProps: GetStaticProps<Props> = (context) => {
  const locale = localeOf(context);
  const skill = locale && getSkill(locale, param(context, 'id'));
  if (!locale || !skill) return { notFound: true };
  const matches = getRolesForSkill(locale, skill.id).map(({ role, weight }) => ({ role: toRoleCard(role), weight }));
  const t = getDictionary(locale).skills;
  return plain({
    locale,
    skill,
    matches,
    head: pageHead({ locale, path: `/skills/${skill.id}`, title: skill.label, description: `${t.rolesTitle}: ${matches.map((m) => m.role.title).join(', ')}` }),
  });
};

export default function Page({ head, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={skillHref(props.locale, props.skill.id)}>
      <SkillPage {...props} />
    </SitePage>
  );
}
