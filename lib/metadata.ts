// <head> metadata for every page: title, description, canonical URL and hreflang alternates.
import type { Metadata } from 'next';
import type { Locale } from './content/schema';
import { getDictionary } from './i18n';
import { localePath } from './links';
import { absoluteUrl as absolute, SITE_URL } from './site';

interface PageMeta {
  locale: Locale;
  /** The page's path without the locale prefix: "/roles/hr-manager". */
  path: string;
  title: string;
  description: string;
  /** A site path of a 1200×630 preview image, when the page has its own. */
  image?: string;
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
  languages: Record<'ru' | 'en' | 'x-default', string>;
  ogLocale: string;
  ogAlternateLocale: string;
  image?: { url: string; width: number; height: number; alt: string };
}


export function pageHead({ locale, path, title, description, image }: PageMeta): PageHead {
  const siteName = getDictionary(locale).siteName;
  return {
    title: title === siteName ? title : `${title} — ${siteName}`,
    shortTitle: title,
    description,
    siteName,
    canonical: absolute(localePath(locale, path)),
    languages: { ru: absolute(localePath('ru', path)), en: absolute(localePath('en', path)), 'x-default': absolute(localePath('ru', path)) },
    ogLocale: locale === 'ru' ? 'ru_RU' : 'en_GB',
    ogAlternateLocale: locale === 'ru' ? 'en_GB' : 'ru_RU',
    ...(image && { image: { url: absolute(image), width: 1200, height: 630, alt: title } }),
  };
}

/** The same head as the App Router's Metadata object. */
export function pageMetadata(meta: PageMeta): Metadata {
  const head = pageHead(meta);
  const { shortTitle: title, description, siteName, image } = head;
  return {
    metadataBase: new URL(SITE_URL),
    title: head.title,
    description,
    alternates: { canonical: head.canonical, languages: head.languages },
    openGraph: { title, description, siteName, locale: head.ogLocale, alternateLocale: head.ogAlternateLocale, type: 'website', url: head.canonical, ...(image && { images: [image] }) },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description, ...(image && { images: [image.url] }) },
  };
}
