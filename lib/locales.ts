// Languages: the Locale type and helpers, derived from the one table in locales-table.mjs
// (next.config.mjs reads the same table for its route patterns).
import { LOCALE_TABLE } from './locales-table.mjs';
const TABLE = LOCALE_TABLE;

export type LocaleInfo = (typeof TABLE)[number];
/** A language of the site. */
export type Locale = LocaleInfo['code'];

export const LOCALES: readonly Locale[] = TABLE.map((l) => l.code);
export const DEFAULT_LOCALE: Locale = TABLE[0].code;
const byCode = new Map<string, LocaleInfo>(TABLE.map((l) => [l.code, l]));
export const localeInfo = (locale: Locale): LocaleInfo => byCode.get(locale)!;
export const otherLocales = (locale: Locale): Locale[] => LOCALES.filter((l) => l !== locale);
/** Prefixes of the languages that have one, without the slash: ["en"]. */
export const PREFIXED_SEGMENTS: readonly string[] = TABLE.filter((l) => l.prefix).map((l) => l.prefix.slice(1));

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && byCode.has(value);
}

/** The language a site path is in: "/en/roles" -> "en", "/roles" -> the default. */
export function localeOfPath(pathname: string): Locale {
  const hit = TABLE.find((l) => l.prefix && (pathname === l.prefix || pathname.startsWith(`${l.prefix}/`)));
  return hit?.code ?? DEFAULT_LOCALE;
}

/** The path without its language prefix: "/en/roles" -> "/roles", "/en" -> "/". */
export function stripLocale(pathname: string): string {
  const { prefix } = localeInfo(localeOfPath(pathname));
  return (prefix ? pathname.slice(prefix.length) : pathname) || '/';
}

/** `{ ru: f('ru'), en: f('en') }`: one value for every language. */
export function perLocale<T>(f: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, T>;
}
