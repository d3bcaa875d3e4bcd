import type { GetStaticProps, PageConfig } from 'next';
import { SkillsIndexPage, type SkillsIndexPageProps } from '@/components/pages/SkillsPages';
import { SitePage } from '@/components/SitePage';
import { getRoles, getRolesForSkill, getSkills } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { skillsHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { localeOf, localePaths, plain } from '@/lib/page-props';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = localePaths;

type Props = SkillsIndexPageProps & { head: PageHead };

export const getStaticProps: GetStaticProps<Props> = (context) => {
  const locale = localeOf(context);
  if (!locale) return { notFound: true };
  const t = getDictionary(locale).skills;
  return plain({
    locale,
    skills: getSkills(locale).map((s) => ({ ...s, roles: getRolesForSkill(locale, s.id).length })),
    totalRoles: getRoles(locale).length,
    head: pageHead({ locale, path: '/skills', title: t.title, description: t.lead }),
  });
};

export default function Page({ head, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={skillsHref(props.locale)}>
      <SkillsIndexPage {...props} />
    </SitePage>
  );
}
