import type { GetStaticProps, PageConfig } from 'next';
import { KpiPage, type KpiPageProps } from '@/components/pages/KpisPages';
import { SitePage } from '@/components/SitePage';
import { getKpi, getKpis, getRolesForKpi, toRoleCard } from '@/lib/content';
import { kpiHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { idPaths, localeOf, param, plain } from '@/lib/page-props';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = idPaths('id', (locale) => getKpis(locale).map((k) => k.id));

type Props = KpiPageProps & { head: PageHead };

export const getStaticProps: GetStaticProps<Props> = (context) => {
  const locale = localeOf(context);
  const kpi = locale && getKpi(locale, param(context, 'id'));
  if (!locale || !kpi) return { notFound: true };
  return plain({
    locale,
    kpi,
    roles: getRolesForKpi(locale, kpi.id).map(({ role, note }) => ({ role: toRoleCard(role), note })),
    head: pageHead({ locale, path: `/kpis/${kpi.id}`, title: kpi.name, description: kpi.definition }),
  });
};

export default function Page({ head, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={kpiHref(props.locale, props.kpi.id)}>
      <KpiPage {...props} />
    </SitePage>
  );
}
