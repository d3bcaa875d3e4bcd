// Every URL the site publishes is built here, so a link and its route can never drift apart.
// The default language lives at the root, others under their prefix (lib/locales.ts);
// slugs and section ids are the same in every language.
import { localeInfo, stripLocale, type Locale } from './locales';

/** A site path in the given language: localePath('en', '/roles') -> '/en/roles'. */
export function localePath(locale: Locale, path: string): string {
  const { prefix } = localeInfo(locale);
  if (path === '/' || path === '') return prefix || '/';
  return `${prefix}${path}`;
}

export const homeHref = (locale: Locale) => localePath(locale, '/');
export const rolesHref = (locale: Locale, area?: string) =>
  localePath(locale, area ? `/roles?area=${encodeURIComponent(area)}` : '/roles');
export const roleHref = (locale: Locale, slug: string, section?: string) =>
  localePath(locale, `/roles/${slug}${section ? `#${section}` : ''}`);
export const skillsHref = (locale: Locale) => localePath(locale, '/skills');
export const skillHref = (locale: Locale, id: string) => localePath(locale, `/skills/${id}`);
export const studyIndexHref = (locale: Locale) => localePath(locale, '/study');
export const studyHref = (locale: Locale, code: string) => localePath(locale, `/study/${code}`);
export const searchHref = (locale: Locale, query?: string) =>
  localePath(locale, query ? `/search?q=${encodeURIComponent(query)}` : '/search');
export const compareHref = (locale: Locale, slugs: string[]) =>
  localePath(locale, `/compare?roles=${slugs.map(encodeURIComponent).join(',')}`);
export const mapHref = (locale: Locale) => localePath(locale, '/map');
export const toolsHref = (locale: Locale) => localePath(locale, '/tools');
export const toolHref = (locale: Locale, id: string) => localePath(locale, `/tools/${id}`);
export const kpisHref = (locale: Locale) => localePath(locale, '/kpis');
/** The page of a search topic: a skill, a tool or a study direction. */
export const topicHref = (locale: Locale, kind: 'skill' | 'tool' | 'study', id: string) =>
  kind === 'skill' ? skillHref(locale, id) : kind === 'tool' ? toolHref(locale, id) : studyHref(locale, id);
export const kpiHref = (locale: Locale, id: string) => localePath(locale, `/kpis/${id}`);

/** The same page in another language, query kept: ('/en/compare', 'ru', 'roles=a,b') -> '/compare?roles=a,b'. */
export function switchLocalePath(pathname: string, to: Locale, query = ''): string {
  return localePath(to, stripLocale(pathname)) + (query ? `?${query}` : '');
}
export const handoutHref = (locale: Locale, slug: string) => localePath(locale, `/roles/${slug}/print`);
export const embedHref = (locale: Locale, slug: string) => localePath(locale, `/embed/roles/${slug}`);
export const studyHandoutHref = (locale: Locale, code: string) => localePath(locale, `/study/${code}/print`);
export const studyEmbedHref = (locale: Locale, code: string) => localePath(locale, `/embed/study/${code}`);
export const admissionsHref = (locale: Locale) => localePath(locale, '/for-admissions');
/** Parts of the about page that role pages link to instead of repeating them (content/pages/about). */
export const ABOUT_EXPLAINERS = ['pay', 'entrance', 'codes', 'common-knowledge'] as const;
export type AboutExplainer = (typeof ABOUT_EXPLAINERS)[number];
export const aboutHref = (locale: Locale, part?: AboutExplainer) => localePath(locale, `/about${part ? `#${part}` : ''}`);
export const quizHref = (locale: Locale) => localePath(locale, '/quiz');
/** A quiz result: the version of the statements and the answers, one digit each. */
export const quizResultHref = (locale: Locale, version: number, answers: string) => localePath(locale, `/quiz?v=${version}&a=${answers}`);
export const quizPrintHref = (locale: Locale, version: number, answers: string) => localePath(locale, `/quiz/print?v=${version}&a=${answers}`);
/** The quiz form with a result's answers already chosen. */
export const quizEditHref = (locale: Locale, version: number, answers: string) => localePath(locale, `/quiz?v=${version}&a=${answers}&edit=1`);
