import type { GetStaticProps, PageConfig } from 'next';
import Head from 'next/head';
import { pageHeadTags } from '@/components/pageHeadTags';
import { EmbedCard } from '@/components/pages/EmbedCard';
import { getRole, getRoles } from '@/lib/content';
import type { Role } from '@/lib/content/types';
import { roleHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { pageHead, type PageHead } from '@/lib/metadata';
import { idPaths, localeOf, param, plain } from '@/lib/page-props';
import { SITE_URL } from '@/lib/site';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = idPaths('slug', (locale) => getRoles(locale).map((r) => r.slug));

interface Props {
  locale: Locale;
  role: Role;
  url: string;
  head: PageHead;
}

export const getStaticProps: GetStaticProps<Props> = (context) => {
  const locale = localeOf(context);
  const role = locale && getRole(locale, param(context, 'slug'));
  if (!locale || !role) return { notFound: true };
  return plain({ locale, role, url: SITE_URL + roleHref(locale, role.slug), head: pageHead({ locale, path: `/embed/roles/${role.slug}`, title: role.title, description: role.summary, noindex: true }) });
};

export default function Page({ head, ...props }: Props) {
  return (
    <>
      <Head>{pageHeadTags(head)}</Head>
      <EmbedCard {...props} />
    </>
  );
}
