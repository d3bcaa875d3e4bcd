import type { GetStaticProps, PageConfig } from 'next';
import { AboutPage, type AboutPageProps } from '@/components/pages/AboutPage';
import { SitePage } from '@/components/SitePage';
import { getEditorialPage } from '@/lib/content';
import { aboutHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { localeOf, localePaths, plain } from '@/lib/page-props';
import { CONTACT_EMAIL } from '@/lib/site';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = localePaths;

type Props = AboutPageProps & { head: PageHead };

export const getStaticProps: GetStaticProps<Props> = (context) => {
  const locale = localeOf(context);
  const page = locale && getEditorialPage(locale, 'about');
  if (!locale || !page) return { notFound: true };
  return plain({ locale, page, contact: CONTACT_EMAIL, head: pageHead({ locale, path: '/about', title: page.title, description: page.summary }) });
};

export default function Page({ head, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={aboutHref(props.locale)}>
      <AboutPage {...props} />
    </SitePage>
  );
}
