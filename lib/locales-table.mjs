// @ts-check
// The one table of languages, read by lib/locales.ts (types and helpers) and by
// next.config.mjs (route patterns), so it is plain JavaScript. The first is the default,
// served without a URL prefix.
export const LOCALE_TABLE = /** @type {const} */ ([
  { code: 'ru', prefix: '', hreflang: 'ru', intl: 'ru-RU', openGraph: 'ru_RU', nativeName: 'Русский', readIn: 'Читать эту страницу по-русски', stemmer: 'russian', script: 'Cyrillic' },
  { code: 'en', prefix: '/en', hreflang: 'en', intl: 'en-GB', openGraph: 'en_GB', nativeName: 'English', readIn: 'Read this page in English', stemmer: 'english', script: 'Latin' },
]);
