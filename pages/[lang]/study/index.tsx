import type { GetStaticProps, PageConfig } from 'next';
import { StudyIndexPage, type StudyIndexPageProps } from '@/components/pages/StudyPages';
import { SitePage } from '@/components/SitePage';
import { getRolesForStudyDirection, getStudyDirections, toRoleCard } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { studyIndexHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { localeOf, localePaths, plain } from '@/lib/page-props';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = localePaths;

type Props = StudyIndexPageProps & { head: PageHead };

export const getStaticProps: GetStaticProps<Props> = (context) => {
  const locale = localeOf(context);
  if (!locale) return { notFound: true };
  const t = getDictionary(locale).study;
  return plain({
    locale,
    directions: getStudyDirections(locale).map((d) => ({ ...d, roles: getRolesForStudyDirection(locale, d.code).map(toRoleCard) })),
    head: pageHead({ locale, path: '/study', title: t.title, description: t.lead }),
  });
};

export default function Page({ head, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={studyIndexHref(props.locale)}>
      <StudyIndexPage {...props} />
    </SitePage>
  );
}
