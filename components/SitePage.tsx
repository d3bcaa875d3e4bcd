import Head from 'next/head';
import type { ReactNode } from 'react';
import type { PageHead } from '@/lib/metadata';
import type { Locale } from '@/lib/locales';
import { pageHeadTags } from './pageHeadTags';
import { PageShell } from './PageShell';

interface SitePageProps {
  locale: Locale;
  head: PageHead;
  /** The page's path in this language, for the language menu. */
  path: string;
  /** The query string the language menu keeps ("roles=a,b"), without "?". */
  query?: string;
  /** false: no search box in the header (a page that is one form). */
  headerSearch?: boolean;
  children: ReactNode;
}

/** A whole page: its <head> and the site's header, main landmark and footer. */
export function SitePage({ locale, head, path, query, headerSearch, children }: SitePageProps) {
  return (
    <>
      <Head>{pageHeadTags(head)}</Head>
      <PageShell locale={locale} path={path} query={query} headerSearch={headerSearch}>
        {children}
      </PageShell>
    </>
  );
}
