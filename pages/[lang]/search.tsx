import type { PageConfig } from 'next';
import { SearchPage, type SearchPageProps } from '@/components/pages/SearchPage';
import { SitePage } from '@/components/SitePage';
import { getDictionary } from '@/lib/i18n';
import { localePath } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { perRequestProps, plain, queryValue } from '@/lib/page-props';
import { searchSite } from '@/lib/search';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };

type Props = SearchPageProps & { head: PageHead };

// Rendered per request from ?q=; results are cached per normalised query in lib/search.
export const getServerSideProps = perRequestProps<Props>(async (context, locale) => {
  const query = (queryValue(context, 'q') ?? '').slice(0, 1000);
  const t = getDictionary(locale).search;
  return plain({ locale, query, result: searchSite(locale, query), head: pageHead({ locale, path: '/search', title: t.title, description: t.empty, noindex: true }) });
});

export default function Page({ head, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={localePath(props.locale, '/search')} query={props.query ? `q=${encodeURIComponent(props.query)}` : undefined}>
      <SearchPage {...props} />
    </SitePage>
  );
}
