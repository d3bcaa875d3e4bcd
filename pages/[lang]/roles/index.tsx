import type { GetServerSideProps, PageConfig } from 'next';
import { RolesIndexPage, type RolesIndexPageProps } from '@/components/pages/RolesIndexPage';
import { SitePage } from '@/components/SitePage';
import { getAreas, getRoles, toRoleCard } from '@/lib/content';
import { fill, getDictionary, plural } from '@/lib/i18n';
import { rolesHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { localeOf, plain, queryValue } from '@/lib/page-props';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };

type Props = RolesIndexPageProps & { head: PageHead };

// Rendered per request: ?area= narrows the list (an unknown area shows every role).
export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const locale = localeOf(context);
  if (!locale) return { notFound: true };
  const t = getDictionary(locale);
  const roles = getRoles(locale).map(toRoleCard);
  const areas = getAreas(locale);
  const area = areas.find((a) => a.id === queryValue(context, 'area'))?.id;
  return plain({
    locale,
    areas,
    roles,
    area,
    head: pageHead({ locale, path: '/roles', title: t.roles.title, description: fill(t.roles.lead, { roles: plural(locale, roles.length, t.counts.roles) }) }),
  });
};

export default function Page({ head, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={rolesHref(props.locale)} query={props.area ? `area=${props.area}` : undefined}>
      <RolesIndexPage {...props} />
    </SitePage>
  );
}
