// Deep links for admissions staff: a role (or the home page), a section, a language and
// optional campaign tags, always on the site's own origin, so a QR code can only ever
// point at this site.
import { SECTION_IDS, isLocale, type Locale } from './content/schema';
import { localePath, roleHref } from './links';
import { SITE_URL } from './site';

export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content'] as const;
export type UtmKey = (typeof UTM_KEYS)[number];

export interface DeepLinkRequest {
  locale: Locale;
  slug?: string;
  section?: string;
  utm: Partial<Record<UtmKey, string>>;
}

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? '';

/** Reads the builder form's query string, keeping only known roles, sections and tags. */
export function parseDeepLinkRequest(raw: Raw, knownSlugs: ReadonlySet<string>, fallback: Locale): DeepLinkRequest {
  const lang = one(raw.lang);
  const slug = one(raw.role);
  const section = one(raw.section);
  const utm: DeepLinkRequest['utm'] = {};
  for (const key of UTM_KEYS) {
    const value = one(raw[key]).slice(0, 100);
    if (value) utm[key] = value;
  }
  const knownSlug = knownSlugs.has(slug) ? slug : undefined;
  return {
    locale: isLocale(lang) ? lang : fallback,
    slug: knownSlug,
    section: knownSlug && (SECTION_IDS as readonly string[]).includes(section) ? section : undefined,
    utm,
  };
}

/** The absolute URL: campaign tags in the query, the section as the fragment. */
export function buildDeepLink({ locale, slug, section, utm }: DeepLinkRequest): string {
  const url = new URL(SITE_URL + (slug ? roleHref(locale, slug) : localePath(locale, '/')));
  for (const key of UTM_KEYS) if (utm[key]) url.searchParams.set(key, utm[key]!);
  if (slug && section) url.hash = section;
  return url.toString();
}
