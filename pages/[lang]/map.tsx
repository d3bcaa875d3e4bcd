import type { GetStaticProps, PageConfig } from 'next';
import { MapPage, type MapPageProps } from '@/components/pages/MapPage';
import { SitePage } from '@/components/SitePage';
import { getAreas, getRoles } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { mapHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { localeOf, localePaths, plain } from '@/lib/page-props';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = localePaths;

type Props = MapPageProps & { head: PageHead };

export const getStaticProps: GetStaticProps<Props> = (context) => {
  const locale = localeOf(context);
  if (!locale) return { notFound: true };
  const t = getDictionary(locale).map;
  return plain({
    locale,
    areas: getAreas(locale),
    roles: getRoles(locale).map((r) => ({ slug: r.slug, title: r.title, areaId: r.area.id, to: r.career.to })),
    head: pageHead({ locale, path: '/map', title: t.title, description: t.lead }),
  });
};

export default function Page({ head, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={mapHref(props.locale)}>
      <MapPage {...props} />
    </SitePage>
  );
}
