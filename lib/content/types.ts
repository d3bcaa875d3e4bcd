// The typed records pages receive: everything resolved for one locale, nothing to look up.
import type { CONFIDENCE, CURRENCIES, ENTRY_ROUTE_KINDS, Locale, PERIODS, RELATIONS, RoleText, SectionId, SKILL_KINDS, STUDY_LEVELS } from './schema';

export type Confidence = (typeof CONFIDENCE)[number];
export type Relation = (typeof RELATIONS)[number];
export type SkillKind = (typeof SKILL_KINDS)[number];
export type SkillWeight = 'essential' | 'optional';
export type EntryRouteKind = (typeof ENTRY_ROUTE_KINDS)[number];

export interface Skill {
  id: string;
  kind: SkillKind;
  label: string;
  synonyms: string[];
}

export interface Area {
  id: string;
  order: number;
  name: string;
  summary: string;
}

export interface StudyDirection {
  code: string;
  level: (typeof STUDY_LEVELS)[number];
  name: string;
}

export interface ClassificationCode {
  code: string;
  name: string;
  confidence: Confidence;
}

/** Another role as a link target: enough to render a link, no cycles. */
export interface RoleLink {
  slug: string;
  title: string;
  areaId: string;
}

export interface SourceRef {
  /** As written in role.yaml: "000_fc866a120cc14835.txt#L9-17". */
  ref: string;
  /** Short seed number, "000". */
  seed: string;
  file: string;
  fromLine: number;
  toLine: number;
}

export interface SalaryFigure {
  min?: number;
  max?: number;
  currency: (typeof CURRENCIES)[number];
  period: (typeof PERIODS)[number];
  region: string;
  year?: number;
  context: string;
  source: SourceRef;
}

export interface RoleSection {
  id: SectionId;
  heading: string;
  html: string;
}

export interface Role extends Omit<RoleText, never> {
  locale: Locale;
  slug: string;
  area: Area;
  skills: { skill: Skill; weight: SkillWeight }[];
  related: { role: RoleLink; relation: Relation; why: string }[];
  career: { from: RoleLink[]; to: RoleLink[] };
  codes: {
    isco08: ClassificationCode[];
    profstandard: ClassificationCode[];
    studyDirections: StudyDirection[];
  };
  salary: SalaryFigure[];
  sources: SourceRef[];
  reviewed: string;
  sections: RoleSection[];
  /** Roles whose pages link here (related, career or prose), for "who links here" checks. */
  linkedFrom: RoleLink[];
}

export interface LocaleCatalog {
  locale: Locale;
  roles: Role[]; // sorted by title in the locale's alphabet
  skills: Skill[]; // sorted by label
  areas: Area[]; // sorted by order
  studyDirections: StudyDirection[]; // sorted by code
}

export interface ContentIndex {
  ru: LocaleCatalog;
  en: LocaleCatalog;
}
