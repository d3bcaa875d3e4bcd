import type { ReactElement } from 'react';
import type { PageHead } from '@/lib/metadata';

/**
 * <head> tags for a page: title, description, canonical, hreflang, Open Graph, Twitter, icon.
 * A list of elements, not a component: next/head only reads elements placed directly in it.
 * Each has a key so next/head keeps one of each.
 */
export function pageHeadTags(head: PageHead): ReactElement[] {
  const { title, shortTitle, description, siteName, canonical, languages, image } = head;
  return [
    <meta key="viewport" name="viewport" content="width=device-width, initial-scale=1" />,
    <title key="title">{title}</title>,
    <meta key="description" name="description" content={description} />,
    ...(head.noindex ? [<meta key="robots" name="robots" content="noindex" />] : []),
    // A 404 has no address of its own to declare.
    ...(canonical
      ? [<link key="canonical" rel="canonical" href={canonical} />, ...Object.entries(languages).map(([lang, href]) => <link key={`alt-${lang}`} rel="alternate" hrefLang={lang} href={href} />)]
      : []),
    <meta key="og:title" property="og:title" content={shortTitle} />,
    <meta key="og:description" property="og:description" content={description} />,
    ...(canonical ? [<meta key="og:url" property="og:url" content={canonical} />] : []),
    <meta key="og:site_name" property="og:site_name" content={siteName} />,
    <meta key="og:locale" property="og:locale" content={head.ogLocale} />,
    ...(image
      ? [
          <meta key="og:image" property="og:image" content={image.url} />,
          <meta key="og:image:width" property="og:image:width" content={String(image.width)} />,
          <meta key="og:image:height" property="og:image:height" content={String(image.height)} />,
          <meta key="og:image:alt" property="og:image:alt" content={image.alt} />,
        ]
      : []),
    ...head.ogAlternateLocales.map((l) => <meta key={`og:locale:alternate:${l}`} property="og:locale:alternate" content={l} />),
    <meta key="og:type" property="og:type" content="website" />,
    <meta key="twitter:card" name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />,
    <meta key="twitter:title" name="twitter:title" content={shortTitle} />,
    <meta key="twitter:description" name="twitter:description" content={description} />,
    ...(image ? [<meta key="twitter:image" name="twitter:image" content={image.url} />] : []),
    <link key="icon" rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />,
  ];
}
