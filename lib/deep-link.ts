// Deep links for admissions staff: a role (and a section of it), a study direction, or the
// home page, in a language, with optional campaign tags; always on the site's own origin,
// so a QR code can only ever point at this site. Input is bounded: each tag at most
// UTM_MAX characters of printable text.
import { isSectionId, type SectionId } from './content/sections';
import { localePath, roleHref, studyHref } from './links';
import { isLocale, type Locale } from './locales';
import { SITE_URL } from './site';

export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content'] as const;
export type UtmKey = (typeof UTM_KEYS)[number];
/** A campaign tag's longest accepted value. */
export const UTM_MAX = 60;

export type LinkTarget = { kind: 'role'; slug: string } | { kind: 'study'; code: string };

export interface DeepLinkRequest {
  locale: Locale;
  target?: LinkTarget;
  section?: SectionId;
  utm: Partial<Record<UtmKey, string>>;
}

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? '';
/** Printable characters only: control and formatting characters never reach a link. */
const printable = (v: string) => v.replace(/[\p{C}]/gu, '').slice(0, UTM_MAX);

/** The builder's value for a target: "roles/hr-manager" or "study/38.03.02". */
export const targetValue = (t: LinkTarget) => (t.kind === 'role' ? `roles/${t.slug}` : `study/${t.code}`);

/**
 * Reads the builder form's query string (`page=roles/hr-manager` or `page=study/38.03.02`;
 * the older `role=hr-manager` too), keeping only known pages, sections and tags.
 */
export function parseDeepLinkRequest(raw: Raw, known: { roles: ReadonlySet<string>; study: ReadonlySet<string> }, fallback: Locale): DeepLinkRequest {
  const lang = one(raw.lang);
  const page = one(raw.page) || (one(raw.role) ? `roles/${one(raw.role)}` : '');
  const [kind, id = ''] = page.split('/', 2) as [string, string?];
  const target: LinkTarget | undefined =
    kind === 'roles' && known.roles.has(id) ? { kind: 'role', slug: id } : kind === 'study' && known.study.has(id) ? { kind: 'study', code: id } : undefined;
  const utm: DeepLinkRequest['utm'] = {};
  for (const key of UTM_KEYS) {
    const value = printable(one(raw[key]));
    if (value) utm[key] = value;
  }
  const section = one(raw.section);
  return {
    locale: isLocale(lang) ? lang : fallback,
    ...(target && { target }),
    ...(target?.kind === 'role' && isSectionId(section) && { section }),
    utm,
  };
}

/** The page a request points at, as a site path. */
export function targetPath(locale: Locale, target?: LinkTarget): string {
  if (!target) return localePath(locale, '/');
  return target.kind === 'role' ? roleHref(locale, target.slug) : studyHref(locale, target.code);
}

/** The absolute URL: campaign tags in the query, the section as the fragment. */
export function buildDeepLink({ locale, target, section, utm }: DeepLinkRequest): string {
  const url = new URL(SITE_URL + targetPath(locale, target));
  for (const key of UTM_KEYS) if (utm[key]) url.searchParams.set(key, utm[key]!);
  if (section) url.hash = section;
  return url.toString();
}
