// Route params as typed values: the `[lang]` segment becomes a Locale or a 404.
import { notFound } from 'next/navigation';
import { getRoles } from './content';
import { isLocale, type Locale } from './content/schema';

export type LangProps<P = object> = { params: Promise<{ lang: string } & P> };

export async function localeParam(params: Promise<{ lang: string }>): Promise<Locale> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return lang;
}

/** `[slug]` params for every role in a locale (handouts, embeds). */
export function roleSlugParams(locale: Locale) {
  return getRoles(locale).map((r) => ({ slug: r.slug }));
}
