import type { NextPageContext, PageConfig } from 'next';
import Head from 'next/head';
import { getDictionary } from '@/lib/i18n';
import { homeHref } from '@/lib/links';
import { LOCALES } from '@/lib/locales';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };

interface Props {
  statusCode: number;
}

/** What is left when a page fails: a plain page in every language, the way back home. */
export default function ErrorPage({ statusCode }: Props) {
  return (
    <>
      <Head>
        <title>{LOCALES.map((l) => getDictionary(l).error.title).join(' / ')}</title>
        <meta name="robots" content="noindex" />
      </Head>
      <main id="main" className="mx-auto max-w-prose px-4 py-12">
        {LOCALES.map((l) => {
          const t = getDictionary(l);
          return (
            <section key={l} lang={l} className="mb-8">
              <h1 className="text-2xl font-bold">{statusCode === 404 ? t.notFound.title : t.error.title}</h1>
              <p className="mt-2">{statusCode === 404 ? t.notFound.lead : t.error.lead}</p>
              <p className="mt-2">
                <a href={homeHref(l)}>{t.notFound.toHome}</a>
              </p>
            </section>
          );
        })}
      </main>
    </>
  );
}


ErrorPage.getInitialProps = ({ res, err }: NextPageContext): Props => ({ statusCode: res?.statusCode ?? err?.statusCode ?? 500 });
