// Zod schemas for every content file. They check shape and counts; references between
// files (skill, tool, KPI, source and code ids, role slugs) are checked by the loader
// afterwards, when all files are known.
//
// role.yaml holds facts only; ru.md and en.md each hold the whole text of a role. Text that
// belongs to a fact in role.yaml (why a related role is related, who a pay figure is about)
// is keyed in the language files by the fact's id, and lists of sentences (duties, pros…)
// are keyed by ids of their own, so the languages are matched by id, never by position.
import { z } from 'zod';
import { LOCALES, type Locale } from '../locales';
import { SECTION_IDS } from './sections';

export { LOCALES, isLocale, type Locale } from '../locales';
export { SECTION_IDS, type SectionId } from './sections';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MIN_BODY_WORDS = 600;

const text = z.string().trim().min(1, 'expected non-empty text');
const atLeast = <T extends z.ZodType>(item: T, n: number, what: string) =>
  z.array(item).min(n, `expected at least ${n} ${what}`);
const slug = z.string().regex(SLUG_PATTERN, 'expected an id: lower-case latin words joined by "-"');
/** One value per language of the site, derived from the table of languages. */
const localized = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, value])) as Record<Locale, T>);

/** An ordered mapping from ids to items: `duties: { find-clients: "Ищете клиентов…" }`. */
const keyed = <T extends z.ZodType>(item: T, n: number, what: string) =>
  z
    .record(z.string(), item)
    .superRefine((record, ctx) => {
      const keys = Object.keys(record);
      if (keys.length < n) ctx.addIssue({ code: 'custom', message: `expected at least ${n} ${what}` });
      for (const key of keys) {
        if (!SLUG_PATTERN.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not an id: expected lower-case latin words joined by "-"` });
      }
    });

// --- dates -----------------------------------------------------------------------------

/** A calendar date that exists: "2026-02-30" is refused. */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
const isoDate = z.string().refine(isRealDate, { message: 'expected a real date like 2026-11-23' });
/** A year, a month or a day: "2025", "2025-10", "2025-10-14". */
export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?$/;
const partialDate = z
  .string()
  .refine((s) => PARTIAL_DATE.test(s) && (s.length < 10 || isRealDate(s)), { message: 'expected a year, a month or a date: "2025", "2025-10" or "2025-10-14"' });

// --- taxonomies --------------------------------------------------------------------------

export const SKILL_KINDS = ['skill', 'knowledge', 'tool'] as const;
const skillLabels = z.strictObject({ label: text, synonyms: z.array(text).default([]) });
export const skillSchema = z.strictObject({ id: slug, kind: z.enum(SKILL_KINDS), ...localized(skillLabels).shape });
export const skillsFileSchema = atLeast(skillSchema, 1, 'skills');

const areaLabels = z.strictObject({ name: text, summary: text });
export const areaSchema = z.strictObject({ id: slug, order: z.number().int(), ...localized(areaLabels).shape });
export const areasFileSchema = atLeast(areaSchema, 1, 'areas');

export const STUDY_LEVELS = ['college', 'bachelor', 'master'] as const;
export type StudyLevel = (typeof STUDY_LEVELS)[number];
/** The level a direction code belongs to: xx.02.xx college (СПО), .03. bachelor, .04. master. */
export const STUDY_LEVEL_BY_DIGIT: Record<string, StudyLevel> = { '02': 'college', '03': 'bachelor', '04': 'master' };
export const studyDirectionSchema = z
  .strictObject({
    code: z.string().regex(/^\d{2}\.0[2-4]\.\d{2}$/, 'expected a direction code like "38.03.02"'),
    level: z.enum(STUDY_LEVELS),
    ...localized(text).shape,
    /** Entrance exams universities usually set (bachelor only); each university sets its own. */
    entrance: localized(text).optional(),
  })
  .superRefine((d, ctx) => {
    const expected = STUDY_LEVEL_BY_DIGIT[d.code.slice(3, 5)];
    if (expected && expected !== d.level) ctx.addIssue({ code: 'custom', path: ['level'], message: `code ${d.code} is a ${expected} direction, not ${d.level}` });
  });
export const studyDirectionsFileSchema = atLeast(studyDirectionSchema, 1, 'study directions');

/** Places pay figures are given for (Россия в целом, Москва…). */
export const regionSchema = z.strictObject({
  id: slug,
  order: z.number().int(),
  /** The region's code in «Работа России» open data (13 digits), for the importer. */
  trudvsem: z.string().regex(/^\d{13}$/, 'expected a 13-digit region code').optional(),
  ...localized(text).shape,
});
export const regionsFileSchema = atLeast(regionSchema, 1, 'regions');

// --- the source registry -------------------------------------------------------------------

export const SOURCE_KINDS = ['article', 'statistics', 'vacancy-data', 'law', 'standard', 'classification', 'reference', 'common-knowledge'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const sourceSchema = z.strictObject({
  id: slug,
  kind: z.enum(SOURCE_KINDS),
  /** The title as published, in its own language. */
  title: text,
  /**
   * How pages cite it when the official title is too long to repeat on every page that uses
   * it: the opening words and "…". The full title is still shown on hover.
   */
  citeAs: text.optional(),
  /** Site, publisher or issuing body. */
  publisher: text,
  /** Omitted when the source names no author. */
  author: text.optional(),
  url: z.url({ protocol: /^https?$/, message: 'expected an http(s) address' }).optional(),
  /** "undated" when the source gives no date. */
  published: z.union([z.literal('undated'), partialDate]),
  accessed: isoDate,
  /** Language of the source: ru, en, bg… */
  language: z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code'),
  /** For editors only: where our copy is, doubts, what to re-check. Never shown on pages. */
  editorNote: text.optional(),
  /** For editors only: files and lines our facts were taken from. */
  evidence: z.array(text).optional(),
});
export const sourcesFileSchema = atLeast(sourceSchema, 1, 'sources');
export type SourceRecord = z.infer<typeof sourceSchema>;

// --- KPI glossary and tools ------------------------------------------------------------------

const kpiText = z.strictObject({ name: text, definition: text, formula: text.optional(), synonyms: z.array(text).default([]) });
export const kpiSchema = z.strictObject({ id: slug, source: slug, ...localized(kpiText).shape });
export const kpisFileSchema = atLeast(kpiSchema, 1, 'KPIs');

const toolText = z.strictObject({ name: text, description: text, synonyms: z.array(text).default([]) });
export const toolSchema = z.strictObject({
  id: slug,
  /** The skill category the tool belongs to (CRM systems, web analytics…). */
  skill: slug.optional(),
  url: z.url({ protocol: /^https?$/, message: 'expected an http(s) address' }).optional(),
  ...localized(toolText).shape,
});
export const toolsFileSchema = atLeast(toolSchema, 1, 'tools');

// --- classification codes ---------------------------------------------------------------------

export const codesFileSchema = z.strictObject({
  /** ISCO-08 unit groups; ОКЗ (ОК 010-2014) uses the same codes. */
  occupations: z.array(
    z.strictObject({
      code: z.string().regex(/^\d{4}$/, 'expected a 4-digit unit group code'),
      /** The ILO's ISCO-08 title. */
      isco: text,
      /** The official ОКЗ title. */
      okz: text,
      /** Registry ids of the official texts the titles were checked against. */
      sources: atLeast(slug, 1, 'sources'),
    }),
  ),
  /** ОКЗ groups above unit groups (1–3 digits), for matching Rosstat's tables by title. */
  groups: z
    .array(z.strictObject({ code: z.string().regex(/^\d{1,3}$/, 'expected a 1- to 3-digit ОКЗ group code'), okz: text, sources: atLeast(slug, 1, 'sources') }))
    .default([]),
  profstandards: z.array(
    z.strictObject({
      code: z.string().regex(/^\d{2}\.\d{3}$/, 'expected a профстандарт code like "07.003"'),
      /** The official title (Russian). */
      title: text,
      /** An English rendering of the title, for English pages. */
      en: text,
      /** The order approving the current edition. */
      order: z.strictObject({ number: text, date: isoDate, by: text }),
      source: slug,
    }),
  ),
});

// --- role.yaml ---------------------------------------------------------------------------

export const RELATIONS = ['often-confused', 'works-with', 'next-step', 'similar'] as const;
export const ENTRY_ROUTE_KINDS = ['university', 'college', 'courses', 'adjacent-role', 'internship'] as const;
/** What an occupation code stands for on a role page. */
export const CODE_COVERS = ['work', 'field', 'head', 'neighbour'] as const;
export const PAY_MEASURES = ['offered', 'paid', 'expected'] as const;
export const PAY_STATISTICS = ['average', 'median'] as const;
/** Whose pay a figure is: the role's own, a neighbouring job's, a whole field's, or an occupation group's. */
export const PAY_SCOPES = ['role', 'neighbour', 'field', 'group'] as const;
/** "2025", "2025-10" or a span "2024-01/2024-09". */
export const PAY_PERIOD = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?(?:\/\d{4}(?:-(?:0[1-9]|1[0-2]))?)?$/;

export const payFigureSchema = z.strictObject({
  id: slug,
  /** Roubles a month. */
  amount: z.number().int().positive().max(10_000_000, 'expected roubles a month'),
  /** Omitted when the source does not say whether it is an average or a median. */
  statistic: z.enum(PAY_STATISTICS).optional(),
  measure: z.enum(PAY_MEASURES),
  /** true: before tax (gross); omitted when the source does not say. */
  gross: z.boolean().optional(),
  scope: z.enum(PAY_SCOPES),
  region: slug,
  period: z.string().regex(PAY_PERIOD, 'expected a year, a month or a span: "2025", "2025-10", "2024-01/2024-09"'),
  source: slug,
});
export type PayFigureFile = z.infer<typeof payFigureSchema>;

export const roleFileSchema = z.strictObject({
  area: slug,
  skills: atLeast(z.strictObject({ id: slug, weight: z.enum(['essential', 'optional']) }), 8, 'skills').refine(
    (list) => list.filter((s) => s.weight === 'essential').length >= 4,
    { message: 'expected at least 4 essential skills' },
  ),
  tools: atLeast(slug, 3, 'tools'),
  kpis: atLeast(slug, 3, 'KPIs'),
  related: atLeast(z.strictObject({ role: slug, relation: z.enum(RELATIONS) }), 3, 'related roles'),
  career: z.strictObject({ from: z.array(slug), to: z.array(slug) }),
  entryRoutes: atLeast(z.strictObject({ id: slug, kind: z.enum(ENTRY_ROUTE_KINDS) }), 2, 'entry routes'),
  codes: z.strictObject({
    occupations: atLeast(z.strictObject({ code: z.string(), covers: z.enum(CODE_COVERS) }), 1, 'occupation codes').refine(
      (list) => list[0]?.covers === 'work',
      { message: 'expected the first code to cover "work": the group of the work the page describes' },
    ),
    profstandards: z.array(z.string()).default([]),
    studyDirections: atLeast(z.string(), 1, 'study directions'),
  }),
  pay: z.array(payFigureSchema),
  sources: atLeast(
    z.strictObject({
      id: slug,
      /** The sections whose facts come from this source; omitted = the page as a whole. */
      sections: z.array(z.enum(SECTION_IDS)).optional(),
    }),
    1,
    'sources',
  ),
});
export type RoleFile = z.infer<typeof roleFileSchema>;

// --- review records ------------------------------------------------------------------------

export const REVIEW_CHECKS = ['facts', 'sources', 'codes', 'kpis', 'pay', 'language', 'copying'] as const;
export const reviewFileSchema = atLeast(
  z.strictObject({
    date: isoDate,
    languages: atLeast(z.enum(LOCALES as [Locale, ...Locale[]]), 1, 'languages'),
    checked: atLeast(z.enum(REVIEW_CHECKS), 1, 'kinds of check'),
    firstReader: text,
    secondReader: text,
    changed: atLeast(text, 1, 'changes (write "nothing" when the review changed nothing)'),
    notes: text.optional(),
  }),
  1,
  'reviews',
);
export type ReviewFile = z.infer<typeof reviewFileSchema>;

// --- <locale>.md front matter ------------------------------------------------------------

export const roleTextSchema = z.strictObject({
  title: text,
  aliases: atLeast(text, 3, 'aliases'),
  summary: text,
  /** What the job-board links search for; the title when omitted. */
  vacancyQuery: text.optional(),
  duties: keyed(text, 8, 'duties'),
  /** Role-specific notes on KPIs from role.yaml, by KPI id. */
  kpiNotes: z.record(z.string(), text).default({}),
  ladder: keyed(text, 3, 'ladder steps'),
  /** By the ids of role.yaml entryRoutes. */
  entryRoutes: z.record(z.string(), text),
  pros: keyed(text, 3, 'pros'),
  cons: keyed(text, 3, 'cons'),
  faq: keyed(z.strictObject({ q: text, a: text }), 3, 'FAQ entries'),
  /** Why each related role is related, by its slug (every role.yaml related role). */
  related: z.record(z.string(), text),
  /** Who each pay figure is about, by its id (every role.yaml pay figure). */
  pay: z.record(z.string(), text).default({}),
});
export type RoleText = z.infer<typeof roleTextSchema>;

/** Keyed lists that must have the same ids, in the same order, in every language. */
export const MIRRORED_LISTS = ['duties', 'ladder', 'pros', 'cons', 'faq'] as const;

// --- pages/<id>/<locale>.md: editorial pages (about…) -------------------------------------

export const editorialPageSchema = z.strictObject({ title: text, summary: text });

// --- quiz.yaml: the interest quiz ------------------------------------------------------------

/** Holland (RIASEC) interests are scored 1–7 by O*NET; work activities' importance 1–5. */
export const QUIZ_DIMENSION_KINDS = ['interest', 'activity'] as const;
export const QUIZ_SCALE: Record<(typeof QUIZ_DIMENSION_KINDS)[number], { min: number; max: number }> = {
  interest: { min: 1, max: 7 },
  activity: { min: 1, max: 5 },
};
/** The answers' scale: 1 "not me at all" … 5 "very much me". */
export const QUIZ_ANSWERS = 5;
export const QUIZ_MIN_STATEMENTS = 24;
export const QUIZ_MAX_STATEMENTS = 36;
const onetCode = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'expected an O*NET-SOC code like "41-4012.00"');
export const quizFileSchema = z.strictObject({
  /** Bumped when statements change, so old result links say so instead of showing a wrong result. */
  version: z.number().int().positive(),
  source: slug,
  scale: localized(z.array(text).length(QUIZ_ANSWERS, `expected ${QUIZ_ANSWERS} answer labels`)),
  dimensions: atLeast(
    z.strictObject({
      id: slug,
      kind: z.enum(QUIZ_DIMENSION_KINDS),
      /** The O*NET element the dimension stands for. */
      onet: text,
      ...localized(z.strictObject({ name: text, inRole: text })).shape,
    }),
    2,
    'dimensions',
  ),
  statements: z
    .array(z.strictObject({ id: slug, dimension: slug, ...localized(text).shape }))
    .min(QUIZ_MIN_STATEMENTS, `expected at least ${QUIZ_MIN_STATEMENTS} statements`)
    .max(QUIZ_MAX_STATEMENTS, `expected at most ${QUIZ_MAX_STATEMENTS} statements: the quiz must take under five minutes`),
  profiles: atLeast(
    z.strictObject({
      role: slug,
      onet: atLeast(onetCode, 1, 'O*NET occupations'),
      /** Every interest dimension, on O*NET's 1–7 scale. */
      interests: z.record(z.string(), z.number()),
      /** Work activities O*NET rates for the occupation (1–5); a missing one counts as the mean. */
      activities: z.record(z.string(), z.number()).default({}),
      /** How and why the profile departs from the O*NET occupation. */
      note: localized(text).optional(),
    }),
    1,
    'role profiles',
  ),
});
export type QuizFile = z.infer<typeof quizFileSchema>;
