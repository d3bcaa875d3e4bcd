// Role guides are the site's most read pages and fully static, so they are served by the
// Pages Router with no client runtime at all (unstable_runtimeJS: false): no framework
// JavaScript, no hydration payload, the same HTML. The App Router has no such switch
// (vercel/next.js#45009). Copy buttons and the language switch's #section come from the small
// public/enhance.js, loaded by pages/_document.tsx. See bench/RESULTS.md for what it saves.
import Head from 'next/head';
import type { GetStaticPaths, GetStaticProps, PageConfig } from 'next';
import { PageShell } from '@/components/PageShell';
import { pageHeadTags } from '@/components/pageHeadTags';
import { RoleGuide } from '@/components/role/RoleGuide';
import { getAreaNeighbours, getRole, getRoles, LOCALES } from '@/lib/content';
import { isLocale, type Locale } from '@/lib/content/schema';
import type { Role, RoleLink } from '@/lib/content/types';
import { localePath } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';

export const config: PageConfig = { unstable_runtimeJS: false };

interface Props {
  locale: Locale;
  role: Role;
  previous?: RoleLink;
  next?: RoleLink;
  head: PageHead;
}

type Params = { lang: string; slug: string };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: LOCALES.flatMap((lang) => getRoles(lang).map((r) => ({ params: { lang, slug: r.slug } }))),
  // Unknown slugs are unmatched: app/global-not-found.tsx answers them, as for every page.
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, Params> = ({ params }) => {
  const { lang: locale = '', slug = '' } = params ?? {};
  if (!isLocale(locale)) return { notFound: true };
  const role = getRole(locale, slug);
  if (!role) return { notFound: true };
  const path = `/roles/${role.slug}`;
  const props: Props = {
    locale,
    role,
    ...getAreaNeighbours(locale, role.slug),
    head: pageHead({ locale, path, title: role.title, description: role.summary, image: localePath(locale, `${path}/og.png`) }),
  };
  // Props must be plain JSON: optional fields that are undefined are dropped.
  return { props: JSON.parse(JSON.stringify(props)) as Props };
};

export default function RoleGuidePage({ locale, role, previous, next, head }: Props) {
  return (
    <>
      <Head>{pageHeadTags(head)}</Head>
      <PageShell locale={locale} path={localePath(locale, `/roles/${role.slug}`)}>
        <RoleGuide role={role} previous={previous} next={next} />
      </PageShell>
    </>
  );
}
