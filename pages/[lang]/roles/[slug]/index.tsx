// Role guides: the site's most read pages. Like every page, served by the Pages Router with no
// client runtime (config below): no framework JavaScript, no hydration payload, the same HTML.
import type { GetStaticProps, PageConfig } from 'next';
import { RoleGuide } from '@/components/role/RoleGuide';
import { SitePage } from '@/components/SitePage';
import { getAreaNeighbours, getRole, getRoles } from '@/lib/content';
import type { Role, RoleLink } from '@/lib/content/types';
import { localePath, roleHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { pageHead, type PageHead } from '@/lib/metadata';
import { idPaths, localeOf, param, plain } from '@/lib/page-props';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = idPaths('slug', (locale) => getRoles(locale).map((r) => r.slug));

interface Props {
  locale: Locale;
  role: Role;
  previous?: RoleLink;
  next?: RoleLink;
  head: PageHead;
}

export const getStaticProps: GetStaticProps<Props> = (context) => {
  const locale = localeOf(context);
  const role = locale && getRole(locale, param(context, 'slug'));
  if (!locale || !role) return { notFound: true };
  const path = `/roles/${role.slug}`;
  return plain({
    locale,
    role,
    ...getAreaNeighbours(locale, role.slug),
    head: pageHead({ locale, path, title: role.title, description: role.summary, image: localePath(locale, `${path}/og.png`) }),
  });
};

export default function Page({ locale, role, previous, next, head }: Props) {
  return (
    <SitePage locale={locale} head={head} path={roleHref(locale, role.slug)}>
      <RoleGuide role={role} previous={previous} next={next} />
    </SitePage>
  );
}
