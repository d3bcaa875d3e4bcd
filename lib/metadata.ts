// <head> metadata for every page: title, description, canonical URL and hreflang alternates.
import type { Metadata } from 'next';
import type { Locale } from './content/schema';
import { getDictionary } from './i18n';
import { localePath } from './links';
import { SITE_URL } from './site';

interface PageMeta {
  locale: Locale;
  /** The page's path without the locale prefix: "/roles/hr-manager". */
  path: string;
  title: string;
  description: string;
  /** A site path of a 1200×630 preview image, when the page has its own. */
  image?: string;
}

export function pageMetadata({ locale, path, title, description, image }: PageMeta): Metadata {
  const siteName = getDictionary(locale).siteName;
  return {
    metadataBase: new URL(SITE_URL),
    title: title === siteName ? title : `${title} — ${siteName}`,
    description,
    alternates: {
      canonical: localePath(locale, path),
      languages: { ru: localePath('ru', path), en: localePath('en', path), 'x-default': localePath('ru', path) },
    },
    openGraph: { title, description, siteName, locale: locale === 'ru' ? 'ru_RU' : 'en_GB', alternateLocale: locale === 'ru' ? 'en_GB' : 'ru_RU', type: 'website', url: localePath(locale, path), ...(image && { images: [{ url: image, width: 1200, height: 630, alt: title }] }) },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description, ...(image && { images: [image] }) },
  };
}
