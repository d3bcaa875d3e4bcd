import type { GetServerSideProps, PageConfig } from 'next';
import { NotFoundPage } from '@/components/pages/NotFoundPage';
import { SitePage } from '@/components/SitePage';
import { getRoles, toRoleCard } from '@/lib/content';
import type { RoleCard } from '@/lib/content/types';
import { getDictionary } from '@/lib/i18n';
import { homeHref } from '@/lib/links';
import { DEFAULT_LOCALE, type Locale } from '@/lib/locales';
import { pageHead, type PageHead } from '@/lib/metadata';
import { keepRender, serveFromCache } from '@/lib/render-cache';
import { localeOf, plain } from '@/lib/page-props';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };

interface Props {
  locale: Locale;
  roles: RoleCard[];
  head: PageHead;
}

// Every address no page answers (and, through proxy.ts, every unknown id of a generated
// page): status 404, in the language of the address, with the way back.
export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const locale = localeOf(context) ?? DEFAULT_LOCALE;
  // Every missing address of a language gets the same page: render it once.
  const key = `/${locale}/404`;
  if (serveFromCache(context, key)) return { props: {} as Props };
  keepRender(context, key);
  context.res.statusCode = 404;
  const t = getDictionary(locale).notFound;
  return plain({ locale, roles: getRoles(locale).map(toRoleCard), head: pageHead({ locale, path: '/', title: t.title, description: t.lead, noindex: true }) });
};

export default function Page({ locale, roles, head }: Props) {
  return (
    <SitePage locale={locale} head={{ ...head, canonical: '' }} path={homeHref(locale)}>
      <NotFoundPage locale={locale} roles={roles} />
    </SitePage>
  );
}
