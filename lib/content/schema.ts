// Zod schemas for every content file. They check shape and counts; references between
// files (skill ids, role slugs, codes) are checked afterwards in references.ts, where all
// files are known.
import { z } from 'zod';

export const LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SECTION_IDS = [
  'overview',
  'duties',
  'skills',
  'kpi',
  'education',
  'career',
  'salary',
  'pros-cons',
  'related',
  'codes',
  'sources',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];
/** Sections whose prose the author must write; the page fills `codes` and `sources` from data. */
export const REQUIRED_PROSE_SECTIONS: readonly SectionId[] = SECTION_IDS.slice(0, 9);

export const MIN_BODY_WORDS = 600;

const text = z.string().trim().min(1, 'expected non-empty text');
const atLeast = <T extends z.ZodType>(item: T, n: number, what: string) =>
  z.array(item).min(n, `expected at least ${n} ${what}`);
const localized = z.strictObject({ ru: text, en: text });
const slug = z.string().regex(SLUG_PATTERN, 'expected a slug: lower-case latin words joined by "-"');

// --- taxonomies --------------------------------------------------------------------------

export const SKILL_KINDS = ['skill', 'knowledge', 'tool'] as const;
const skillLabels = z.strictObject({ label: text, synonyms: z.array(text).default([]) });
export const skillSchema = z.strictObject({
  id: slug,
  kind: z.enum(SKILL_KINDS),
  ru: skillLabels,
  en: skillLabels,
});
export const skillsFileSchema = atLeast(skillSchema, 1, 'skills');

const areaLabels = z.strictObject({ name: text, summary: text });
export const areaSchema = z.strictObject({
  id: slug,
  order: z.number().int(),
  ru: areaLabels,
  en: areaLabels,
});
export const areasFileSchema = atLeast(areaSchema, 1, 'areas');

export const STUDY_LEVELS = ['bachelor', 'master'] as const;
export const studyDirectionSchema = z.strictObject({
  code: z.string().regex(/^\d{2}\.0[3-5]\.\d{2}$/, 'expected a direction code like "38.03.02"'),
  level: z.enum(STUDY_LEVELS),
  ru: text,
  en: text,
});
export const studyDirectionsFileSchema = atLeast(studyDirectionSchema, 1, 'study directions');

export const CONFIDENCE = ['verified', 'editorial', 'unverified'] as const;
export const codesFileSchema = z.strictObject({
  isco08: z.array(
    z.strictObject({ code: z.string().regex(/^\d{4}$/, 'expected a 4-digit ISCO-08 unit group'), ru: text, en: text }),
  ),
  profstandard: z.array(
    z.strictObject({
      code: z.string().regex(/^\d{2}\.\d{3}$/, 'expected a профстандарт code like "07.003"'),
      ru: text,
      en: text,
      confidence: z.enum(CONFIDENCE),
    }),
  ),
});

// --- role.yaml ---------------------------------------------------------------------------

export const SOURCE_PATTERN = /^(\d{3})_[0-9a-f]{16}\.txt#L(\d+)(?:-(\d+))?$/;
const sourceRef = z
  .string()
  .regex(SOURCE_PATTERN, 'expected a seed reference like "000_fc866a120cc14835.txt#L9-17"');

export const RELATIONS = ['often-confused', 'works-with', 'next-step', 'similar'] as const;
export const CURRENCIES = ['RUB', 'USD', 'GBP', 'EUR'] as const;
export const PERIODS = ['month', 'year'] as const;

const codeRef = (pattern: RegExp, expected: string) =>
  z.strictObject({ code: z.string().regex(pattern, expected), confidence: z.enum(CONFIDENCE) });

export const salaryFigureSchema = z
  .strictObject({
    min: z.number().int().positive().optional(),
    max: z.number().int().positive().optional(),
    currency: z.enum(CURRENCIES),
    period: z.enum(PERIODS),
    region: localized,
    year: z.number().int().min(1990).max(2100).optional(),
    context: localized,
    source: sourceRef,
  })
  .refine((s) => s.min !== undefined || s.max !== undefined, {
    message: 'expected min, max or both',
  })
  .refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, {
    message: 'expected min to be no more than max',
  });

export const roleFileSchema = z.strictObject({
  area: slug,
  skills: atLeast(
    z.strictObject({ id: slug, weight: z.enum(['essential', 'optional']) }),
    8,
    'skills',
  ).refine((list) => list.filter((s) => s.weight === 'essential').length >= 4, {
    message: 'expected at least 4 essential skills',
  }),
  related: atLeast(
    z.strictObject({ role: slug, relation: z.enum(RELATIONS), why: localized }),
    3,
    'related roles',
  ),
  career: z.strictObject({ from: z.array(slug), to: z.array(slug) }),
  codes: z.strictObject({
    isco08: atLeast(codeRef(/^\d{4}$/, 'expected a 4-digit ISCO-08 unit group'), 1, 'ISCO-08 codes'),
    profstandard: z.array(codeRef(/^\d{2}\.\d{3}$/, 'expected a профстандарт code like "07.003"')).default([]),
    studyDirections: atLeast(z.string(), 1, 'study directions'),
  }),
  salary: z.array(salaryFigureSchema),
  sources: atLeast(sourceRef, 1, 'sources'),
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2026-11-23'),
});
export type RoleFile = z.infer<typeof roleFileSchema>;

// --- <locale>.md front matter ------------------------------------------------------------

export const ENTRY_ROUTE_KINDS = [
  'university',
  'college',
  'courses',
  'adjacent-role',
  'internship',
] as const;

export const roleTextSchema = z.strictObject({
  title: text,
  aliases: atLeast(text, 3, 'aliases'),
  summary: text,
  duties: atLeast(text, 8, 'duties'),
  kpis: atLeast(
    z.strictObject({ name: text, meaning: text, formula: text.optional() }),
    3,
    'KPIs',
  ),
  ladder: atLeast(text, 3, 'ladder steps'),
  entryRoutes: atLeast(
    z.strictObject({ kind: z.enum(ENTRY_ROUTE_KINDS), text }),
    2,
    'entry routes',
  ),
  pros: atLeast(text, 3, 'pros'),
  cons: atLeast(text, 3, 'cons'),
  faq: atLeast(z.strictObject({ q: text, a: text }), 3, 'FAQ entries'),
});
export type RoleText = z.infer<typeof roleTextSchema>;

/** Lists whose sizes must match item for item across locales. */
export const MIRRORED_LISTS = ['duties', 'kpis', 'ladder', 'entryRoutes', 'pros', 'cons', 'faq'] as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
