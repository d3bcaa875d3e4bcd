import type { GetStaticProps, PageConfig } from 'next';
import Head from 'next/head';
import { pageHeadTags } from '@/components/pageHeadTags';
import { HandoutPage, type HandoutPageProps } from '@/components/pages/HandoutPage';
import { getRole, getRoles } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { roleHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { idPaths, localeOf, param, plain } from '@/lib/page-props';
import { qrSvg } from '@/lib/qr';
import { SITE_URL, SITE_URL_IS_LOCAL } from '@/lib/site';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = idPaths('slug', (locale) => getRoles(locale).map((r) => r.slug));

type Props = HandoutPageProps & { head: PageHead };

export const getStaticProps: GetStaticProps<Props> = async (context) => {
  const locale = localeOf(context);
  const role = locale && getRole(locale, param(context, 'slug'));
  if (!locale || !role) return { notFound: true };
  const url = SITE_URL + roleHref(locale, role.slug);
  const t = getDictionary(locale);
  return plain({
    locale,
    role,
    url,
    qr: await qrSvg(url),
    localAddress: SITE_URL_IS_LOCAL,
    head: pageHead({ locale, path: `/roles/${role.slug}/print`, title: `${role.title}: ${t.handout.title}`, description: role.summary, noindex: true }),
  });
};

export default function Page({ head, ...props }: Props) {
  return (
    <>
      <Head>{pageHeadTags(head)}</Head>
      <HandoutPage {...props} />
    </>
  );
}
