import type { GetStaticProps, PageConfig } from 'next';
import Head from 'next/head';
import { pageHeadTags } from '@/components/pageHeadTags';
import { StudyEmbedCard } from '@/components/pages/EmbedCard';
import { getRolesForStudyDirection, getStudyDirection, getStudyDirections, toRoleCard } from '@/lib/content';
import type { RoleCard, StudyDirection } from '@/lib/content/types';
import { studyHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { pageHead, type PageHead } from '@/lib/metadata';
import { idPaths, localeOf, param, plain } from '@/lib/page-props';
import { SITE_URL } from '@/lib/site';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = idPaths('code', (locale) => getStudyDirections(locale).map((d) => d.code));

interface Props {
  locale: Locale;
  direction: StudyDirection;
  roles: RoleCard[];
  url: string;
  head: PageHead;
}

export const getStaticProps: GetStaticProps<Props> = (context) => {
  const locale = localeOf(context);
  const direction = locale && getStudyDirection(locale, param(context, 'code'));
  if (!locale || !direction) return { notFound: true };
  const title = `${direction.code} ${direction.name}`;
  return plain({
    locale,
    direction,
    roles: getRolesForStudyDirection(locale, direction.code).map(toRoleCard),
    url: SITE_URL + studyHref(locale, direction.code),
    head: pageHead({ locale, path: `/embed/study/${direction.code}`, title, description: title, noindex: true }),
  });
};

export default function Page({ head, ...props }: Props) {
  return (
    <>
      <Head>{pageHeadTags(head)}</Head>
      <StudyEmbedCard {...props} />
    </>
  );
}
