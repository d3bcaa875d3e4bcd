import type { GetStaticProps, PageConfig } from 'next';
import { HomePage, type HomePageProps } from '@/components/pages/HomePage';
import { SitePage } from '@/components/SitePage';
import { getAreas, getRoles, toRoleCard } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { homeHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { localeOf, localePaths, plain } from '@/lib/page-props';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = localePaths;

type Props = HomePageProps & { head: PageHead };

export const getStaticProps: GetStaticProps<Props> = (context) => {
  const locale = localeOf(context);
  if (!locale) return { notFound: true };
  const t = getDictionary(locale);
  return plain({
    locale,
    areas: getAreas(locale),
    roles: getRoles(locale).map(toRoleCard),
    head: pageHead({ locale, path: '/', title: t.home.title, description: t.siteTagline }),
  });
};

export default function Page({ head, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={homeHref(props.locale)}>
      <HomePage {...props} />
    </SitePage>
  );
}
