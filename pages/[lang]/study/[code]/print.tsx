import type { GetStaticProps, PageConfig } from 'next';
import Head from 'next/head';
import { pageHeadTags } from '@/components/pageHeadTags';
import { StudyHandoutPage, type StudyHandoutPageProps } from '@/components/pages/StudyHandoutPage';
import { getRolesForStudyDirection, getStudyDirection, getStudyDirections, toRoleCard } from '@/lib/content';
import { buildDeepLink } from '@/lib/deep-link';
import { fill, getDictionary } from '@/lib/i18n';
import { roleHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { idPaths, localeOf, param, plain } from '@/lib/page-props';
import { qrSvg } from '@/lib/qr';
import { SITE_URL, SITE_URL_IS_LOCAL } from '@/lib/site';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = idPaths('code', (locale) => getStudyDirections(locale).map((d) => d.code));

type Props = StudyHandoutPageProps & { head: PageHead };

export const getStaticProps: GetStaticProps<Props> = async (context) => {
  const locale = localeOf(context);
  const direction = locale && getStudyDirection(locale, param(context, 'code'));
  if (!locale || !direction) return { notFound: true };
  const url = buildDeepLink({ locale, target: { kind: 'study', code: direction.code }, utm: {} });
  const title = fill(getDictionary(locale).handout.studyTitle, { code: direction.code, name: direction.name });
  return plain({
    locale,
    direction,
    roles: getRolesForStudyDirection(locale, direction.code).map((r) => ({ ...toRoleCard(r), url: SITE_URL + roleHref(locale, r.slug) })),
    url,
    qr: await qrSvg(url),
    localAddress: SITE_URL_IS_LOCAL,
    head: pageHead({ locale, path: `/study/${direction.code}/print`, title, description: title, noindex: true }),
  });
};

export default function Page({ head, ...props }: Props) {
  return (
    <>
      <Head>{pageHeadTags(head)}</Head>
      <StudyHandoutPage {...props} />
    </>
  );
}
