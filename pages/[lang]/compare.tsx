import type { PageConfig } from 'next';
import { ComparePage, type ComparePageProps } from '@/components/pages/ComparePage';
import { SitePage } from '@/components/SitePage';
import { parseCompareSelection } from '@/lib/compare';
import { getRole, getRoles, toRoleCard } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { localePath } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { perRequestProps, plain } from '@/lib/page-props';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };

type Props = ComparePageProps & { head: PageHead; query: string };

// Rendered per request from ?roles=a,b[,c]: unknown and extra roles are named, never an error.
export const getServerSideProps = perRequestProps<Props>(async (context, locale) => {
  const t = getDictionary(locale).compare;
  const all = getRoles(locale);
  const selection = parseCompareSelection(context.query.roles, new Set(all.map((r) => r.slug)));
  return plain({
    locale,
    roles: selection.slugs.map((slug) => getRole(locale, slug)!),
    all: all.map(toRoleCard),
    unknown: selection.unknown,
    dropped: selection.dropped.map((slug) => getRole(locale, slug)!.title),
    query: selection.slugs.length ? `roles=${selection.slugs.join(',')}` : '',
    head: pageHead({ locale, path: '/compare', title: t.title, description: t.lead, noindex: true }),
  });
});

export default function Page({ head, query, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={localePath(props.locale, '/compare')} query={query}>
      <ComparePage {...props} />
    </SitePage>
  );
}
