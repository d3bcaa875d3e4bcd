// What every Pages Router route needs on the server: its language from the [lang] segment,
// static paths for each language, and props that are plain JSON. Used only inside
// getStaticProps / getServerSideProps, so none of it reaches a browser bundle.
// Every page exports `config = { unstable_runtimeJS: false }` itself (Next reads it at compile
// time, so it must be a literal): no framework JavaScript; behaviour comes from public/enhance.js.
import type { GetServerSideProps, GetServerSidePropsContext, GetServerSidePropsResult, GetStaticPropsContext } from 'next';
import { isLocale, LOCALES, type Locale } from './locales';
import { keepRender, renderKey, serveFromCache } from './render-cache';

/** getStaticPaths for a page that exists once per language. */
export const localePaths = () => ({ paths: LOCALES.map((lang) => ({ params: { lang } })), fallback: false as const });

/** getStaticPaths for a page per language and per id: /[lang]/skills/[id]. */
export function idPaths<K extends string>(key: K, ids: (locale: Locale) => string[]) {
  return () => ({ paths: LOCALES.flatMap((lang) => ids(lang).map((id) => ({ params: { lang, [key]: id } as { lang: string } & Record<K, string> }))), fallback: false as const });
}

type Context = GetStaticPropsContext | GetServerSidePropsContext;

/** The page's language, or undefined for a segment that is not one (answered with a 404). */
export function localeOf(context: Context): Locale | undefined {
  const lang = context.params?.lang;
  return isLocale(lang) ? lang : undefined;
}

/** A string route param ([id], [slug], [code]). */
export const param = (context: Context, key: string): string => {
  const value = context.params?.[key];
  return typeof value === 'string' ? value : '';
};

/** One query-string value (the first, if repeated). */
export const queryValue = (context: GetServerSidePropsContext, key: string): string | undefined => {
  const value = context.query[key];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * The query string as the reader sent it. Unlike `context.query`, route params never
 * overwrite it: a form field called `lang` stays the form's, not the [lang] segment's.
 */
export function sentQuery(context: GetServerSidePropsContext): Record<string, string> {
  return Object.fromEntries(new URL(context.resolvedUrl, 'http://localhost').searchParams);
}

/** Props as plain JSON: Next refuses `undefined` values, so they are dropped. */
export function plain<T>(props: T): { props: T } {
  return { props: JSON.parse(JSON.stringify(props)) as T };
}

/**
 * getServerSideProps of a page rendered per request from its query (search, the matcher,
 * compare, the quiz): a [lang] segment that is not a language is a 404; the same query always
 * renders the same page, so a repeat is answered from the render cache and `render` runs only
 * for a query not seen before (its HTML is then kept).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint Next puts on page props
export function perRequestProps<P extends { [key: string]: any }>(
  render: (context: GetServerSidePropsContext, locale: Locale) => GetServerSidePropsResult<P> | Promise<GetServerSidePropsResult<P>>,
): GetServerSideProps<P> {
  return async (context) => {
    const locale = localeOf(context);
    if (!locale) return { notFound: true };
    const key = renderKey(context);
    if (serveFromCache(context, key)) return { props: {} as P };
    keepRender(context, key);
    return render(context, locale);
  };
}
