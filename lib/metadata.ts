// <head> for every page: title, description, canonical URL, hreflang alternates, Open Graph.
// Languages come from the table in lib/locales.ts; URLs are absolute on SITE_URL.
import { getDictionary } from './i18n';
import { localePath } from './links';
import { DEFAULT_LOCALE, localeInfo, LOCALES, otherLocales, type Locale } from './locales';
import { absoluteUrl as absolute } from './site';

interface PageMeta {
  locale: Locale;
  /** The page's path without the language prefix: "/roles/hr-manager". */
  path: string;
  title: string;
  description: string;
  /** A site path of a 1200×630 preview image, when the page has its own. */
  image?: string;
  /** Pages that only echo a query (search, compare) are not for search engines. */
  noindex?: boolean;
}

/** Everything a page says about itself in <head>, with absolute URLs. */
export interface PageHead {
  /** The <title>: "Page — Site", or the site name alone on the home page. */
  title: string;
  /** The page's own title, for link previews. */
  shortTitle: string;
  description: string;
  siteName: string;
  canonical: string;
  /** hreflang → URL for every language, plus x-default. */
  languages: Record<string, string>;
  ogLocale: string;
  ogAlternateLocales: string[];
  image?: { url: string; width: number; height: number; alt: string };
  noindex?: boolean;
}

export function pageHead({ locale, path, title, description, image, noindex }: PageMeta): PageHead {
  const siteName = getDictionary(locale).siteName;
  return {
    title: title === siteName ? title : `${title} — ${siteName}`,
    shortTitle: title,
    description,
    siteName,
    canonical: absolute(localePath(locale, path)),
    languages: {
      ...Object.fromEntries(LOCALES.map((l) => [localeInfo(l).hreflang, absolute(localePath(l, path))])),
      'x-default': absolute(localePath(DEFAULT_LOCALE, path)),
    },
    ogLocale: localeInfo(locale).openGraph,
    ogAlternateLocales: otherLocales(locale).map((l) => localeInfo(l).openGraph),
    ...(image && { image: { url: absolute(image), width: 1200, height: 630, alt: title } }),
    ...(noindex && { noindex }),
  };
}
