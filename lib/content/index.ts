// The one entry point pages use: typed records for a locale, loaded and checked once per
// process (once per build). Any content problem stops the build with every problem listed.
import path from 'node:path';
import { loadContent } from './load';
import { ContentError } from './problems';
import type { Locale } from '../locales';
import type { ContentIndex, Kpi, LocaleCatalog, Role, RoleCard, RoleLink, Skill, StudyDirection, Tool } from './types';

export type { Locale } from '../locales';
export { LOCALES } from '../locales';
export { SECTION_IDS } from './sections';
export type * from './types';

/** content/ by default; CONTENT_DIR points the build at another tree (benchmarks use it). */
export const CONTENT_DIR = path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));

let cached: ContentIndex | undefined;

export function getContent(): ContentIndex {
  if (!cached) {
    const { index, problems } = loadContent(CONTENT_DIR);
    if (!index) throw new ContentError(problems);
    cached = index;
  }
  return cached;
}

export const getCatalog = (locale: Locale): LocaleCatalog => getContent()[locale];
export const getRoles = (locale: Locale): Role[] => getCatalog(locale).roles;
export const getRole = (locale: Locale, slug: string): Role | undefined =>
  getRoles(locale).find((r) => r.slug === slug);
/** The roles before and after this one in its area, for "previous / next" links. */
export function getAreaNeighbours(locale: Locale, slug: string): { previous?: RoleLink; next?: RoleLink } {
  const role = getRole(locale, slug);
  if (!role) return {};
  const inArea = getRoles(locale).filter((r) => r.area.id === role.area.id);
  const at = inArea.findIndex((r) => r.slug === slug);
  const asLink = (r: Role | undefined) => r && { slug: r.slug, title: r.title, areaId: r.area.id };
  return { previous: asLink(inArea[at - 1]), next: asLink(inArea[at + 1]) };
}
export const getSkills = (locale: Locale): Skill[] => getCatalog(locale).skills;
export const getSkill = (locale: Locale, id: string): Skill | undefined =>
  getSkills(locale).find((s) => s.id === id);
export const getTools = (locale: Locale): Tool[] => getCatalog(locale).tools;
export const getTool = (locale: Locale, id: string): Tool | undefined => getTools(locale).find((t) => t.id === id);
export const getKpis = (locale: Locale): Kpi[] => getCatalog(locale).kpis;
export const getKpi = (locale: Locale, id: string): Kpi | undefined => getKpis(locale).find((k) => k.id === id);
export const getAreas = (locale: Locale) => getCatalog(locale).areas;
export const getQuiz = (locale: Locale) => getCatalog(locale).quiz;
export const getEditorialPage = (locale: Locale, id: string) => getCatalog(locale).pages.find((p) => p.id === id);
export const getStudyDirections = (locale: Locale): StudyDirection[] =>
  getCatalog(locale).studyDirections;
export const getStudyDirection = (locale: Locale, code: string): StudyDirection | undefined =>
  getStudyDirections(locale).find((d) => d.code === code);

/** Roles that need a skill, essential first, then by title. */
export function getRolesForSkill(locale: Locale, id: string) {
  const matches = getRoles(locale).flatMap((role) =>
    role.skills.filter((s) => s.skill.id === id).map((s) => ({ role, weight: s.weight })),
  );
  return matches.sort((a, b) => Number(a.weight === 'optional') - Number(b.weight === 'optional'));
}

/** Roles that use a tool, in the roles' alphabetical order. */
export const getRolesForTool = (locale: Locale, id: string): Role[] => getRoles(locale).filter((r) => r.tools.some((t) => t.id === id));

/** Roles measured by a KPI, with their role-specific note. */
export const getRolesForKpi = (locale: Locale, id: string) =>
  getRoles(locale).flatMap((role) => role.kpis.filter((k) => k.kpi.id === id).map((k) => ({ role, note: k.note })));

/** Roles a study direction leads to, in the roles' alphabetical order. */
export function getRolesForStudyDirection(locale: Locale, code: string): Role[] {
  return getRoles(locale).filter((r) => r.codes.studyDirections.some((d) => d.code === code));
}

/** A role as a list card: what index pages need, not the whole guide. */
export const toRoleCard = (r: Role): RoleCard => ({ slug: r.slug, title: r.title, summary: r.summary, areaId: r.area.id });
