import type { GetStaticProps, PageConfig } from 'next';
import { KpisIndexPage, type KpisIndexPageProps } from '@/components/pages/KpisPages';
import { SitePage } from '@/components/SitePage';
import { getKpis, getRolesForKpi, toRoleCard } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { kpisHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { localeOf, localePaths, plain } from '@/lib/page-props';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = localePaths;

type Props = KpisIndexPageProps & { head: PageHead };

export const getStaticProps: GetStaticProps<Props> = (context) => {
  const locale = localeOf(context);
  if (!locale) return { notFound: true };
  const t = getDictionary(locale).kpis;
  return plain({
    locale,
    kpis: getKpis(locale).map((kpi) => ({ ...kpi, roles: getRolesForKpi(locale, kpi.id).map((r) => toRoleCard(r.role)) })),
    head: pageHead({ locale, path: '/kpis', title: t.title, description: t.lead }),
  });
};

export default function Page({ head, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={kpisHref(props.locale)}>
      <KpisIndexPage {...props} />
    </SitePage>
  );
}
