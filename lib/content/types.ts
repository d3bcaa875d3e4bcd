// The typed records pages receive: everything resolved for one language, nothing to look up.
import type { Locale } from '../locales';
import type {
  CODE_COVERS,
  ENTRY_ROUTE_KINDS,
  PAY_MEASURES,
  PAY_SCOPES,
  PAY_STATISTICS,
  RELATIONS,
  REVIEW_CHECKS,
  SKILL_KINDS,
  SOURCE_KINDS,
  StudyLevel,
} from './schema';
import type { SectionId } from './sections';

export type Relation = (typeof RELATIONS)[number];
export type SkillKind = (typeof SKILL_KINDS)[number];
export type SkillWeight = 'essential' | 'optional';
export type EntryRouteKind = (typeof ENTRY_ROUTE_KINDS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type CodeCovers = (typeof CODE_COVERS)[number];
export type { StudyLevel };

export interface Skill {
  id: string;
  kind: SkillKind;
  label: string;
  synonyms: string[];
}

export interface Tool {
  id: string;
  name: string;
  description: string;
  synonyms: string[];
  url?: string;
  /** The skill category it belongs to, if any. */
  skill?: { id: string; label: string };
}

export interface Kpi {
  id: string;
  name: string;
  definition: string;
  formula?: string;
  synonyms: string[];
  source: Source;
}

export interface Area {
  id: string;
  order: number;
  name: string;
  summary: string;
}

export interface Region {
  id: string;
  order: number;
  name: string;
}

export interface StudyDirection {
  code: string;
  level: StudyLevel;
  name: string;
  /** Entrance exams universities usually set, in words. */
  entrance?: string;
}

/** A source as readers see it: no file names, no line numbers, no editorial notes. */
export interface Source {
  id: string;
  kind: SourceKind;
  /** As pages cite it (shortened when the official title is very long). */
  title: string;
  /** The official title, when `title` is a shortened one. */
  fullTitle?: string;
  publisher: string;
  author?: string;
  url?: string;
  /** "2025", "2025-10", "2025-10-14" or "undated". */
  published: string;
  accessed: string;
  language: string;
}

export interface OccupationCode {
  code: string;
  /** The official title in this language's classification: ОКЗ in Russian, ISCO-08 in English. */
  name: string;
  isco: string;
  okz: string;
  covers: CodeCovers;
  sources: Source[];
}

export interface ProfStandard {
  code: string;
  /** The official Russian title. */
  title: string;
  /** The title in this language (the official one in Russian). */
  name: string;
  order: { number: string; date: string; by: string };
  source: Source;
}

/** A role in a list: enough for a linked card. */
export interface RoleCard {
  slug: string;
  title: string;
  summary: string;
  areaId: string;
}

/** Another role as a link target: enough to render a link, no cycles. */
export interface RoleLink {
  slug: string;
  title: string;
  areaId: string;
}

export interface PayFigure {
  id: string;
  amount: number;
  statistic?: (typeof PAY_STATISTICS)[number];
  measure: (typeof PAY_MEASURES)[number];
  gross?: boolean;
  scope: (typeof PAY_SCOPES)[number];
  region: Region;
  /** "2025", "2025-10" or "2024-01/2024-09". */
  period: string;
  /** The last day the figure covers, as an ISO date. */
  periodEnd: string;
  /** Who the figure is about, in words ("менеджеры по продажам в вакансиях hh.ru"); imported figures have none. */
  who?: string;
  source: Source;
  /** More than three years older than the page's review date: history, never a headline. */
  outdated: boolean;
  /** Computed by `npm run pay:import` from official open data (not curated by hand). */
  imported?: { count: number; q1?: number; q3?: number };
}

export interface RoleSection {
  id: SectionId;
  heading: string;
  html: string;
}

export interface RoleSourceRef {
  source: Source;
  /** Sections whose facts come from it; empty = the page as a whole. */
  sections: SectionId[];
}

export interface Review {
  date: string;
  languages: Locale[];
  checked: (typeof REVIEW_CHECKS)[number][];
}

export interface Role {
  locale: Locale;
  slug: string;
  title: string;
  aliases: string[];
  summary: string;
  vacancyQuery: string;
  area: Area;
  duties: string[];
  skills: { skill: Skill; weight: SkillWeight }[];
  tools: Tool[];
  kpis: { kpi: Kpi; note?: string }[];
  ladder: string[];
  entryRoutes: { kind: EntryRouteKind; text: string }[];
  pros: string[];
  cons: string[];
  faq: { q: string; a: string }[];
  related: { role: RoleLink; relation: Relation; why: string }[];
  career: { from: RoleLink[]; to: RoleLink[] };
  codes: {
    occupations: OccupationCode[];
    profstandards: ProfStandard[];
    studyDirections: StudyDirection[];
  };
  /** Every figure, current first; `outdated` ones belong only in the salary section's history. */
  pay: PayFigure[];
  sources: RoleSourceRef[];
  /** The date of the latest review of the facts (from review.yaml). */
  reviewed: string;
  reviews: Review[];
  sections: RoleSection[];
}

/** An editorial page (content/pages/<id>/<locale>.md), such as About. */
export interface EditorialPage {
  id: string;
  title: string;
  summary: string;
  html: string;
}

export interface LocaleCatalog {
  locale: Locale;
  roles: Role[]; // sorted by title in the language's alphabet
  skills: Skill[]; // sorted by label
  tools: Tool[]; // sorted by name
  kpis: Kpi[]; // sorted by name
  areas: Area[]; // sorted by order
  regions: Region[]; // sorted by order
  studyDirections: StudyDirection[]; // sorted by code
  sources: Source[];
  pages: EditorialPage[];
  quiz: Quiz;
}

/** The interest quiz in one language (content/quiz.yaml), with each role's derived weights. */
export interface Quiz {
  version: number;
  /** Answer labels, 1 to 5. */
  scale: string[];
  dimensions: { id: string; kind: 'interest' | 'activity'; onet: string; name: string; inRole: string }[];
  /** In the order they are asked (and encoded in result links). */
  statements: { id: string; dimension: string; text: string }[];
  profiles: { role: string; onet: string[]; note?: string; weights: Record<string, number> }[];
  source: Source;
}

export type ContentIndex = Record<Locale, LocaleCatalog>;
