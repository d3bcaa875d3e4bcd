// Open data: every role record in both languages, as published at /data/roles.json and
// /data/roles/<slug>.json. The JSON Schema at /data/schema.json is generated from the zod
// schema below, so the documentation and the files cannot drift apart.
import { z } from 'zod';
import { getRole, getRoles, type Role } from './content';
import { CONFIDENCE, CURRENCIES, ENTRY_ROUTE_KINDS, PERIODS, RELATIONS, SKILL_KINDS, STUDY_LEVELS } from './content/schema';
import { roleHref } from './links';
import { SITE_URL } from './site';

export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Карта менеджерских профессий / Manager Roles Guide',
};

const both = <T extends z.ZodType>(t: T) => z.object({ ru: t, en: t });
const text = z.string().min(1);

export const openRoleSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    url: both(z.url()).describe('The role page in each language'),
    title: both(text),
    aliases: both(z.array(text)),
    summary: both(text),
    area: z.object({ id: text, name: both(text) }),
    duties: both(z.array(text)),
    skills: z.array(z.object({ id: text, kind: z.enum(SKILL_KINDS), weight: z.enum(['essential', 'optional']), label: both(text) })),
    kpis: both(z.array(z.object({ name: text, meaning: text, formula: text.optional() }))),
    education: z.object({
      entryRoutes: both(z.array(z.object({ kind: z.enum(ENTRY_ROUTE_KINDS), text }))),
      studyDirections: z.array(z.object({ code: text, level: z.enum(STUDY_LEVELS), name: both(text) })),
    }),
    career: z.object({
      ladder: both(z.array(text)),
      from: z.array(text).describe('Slugs of roles people often come from'),
      to: z.array(text).describe('Slugs of roles people often move to'),
    }),
    related: z.array(z.object({ role: text, relation: z.enum(RELATIONS), why: both(text) })),
    salary: z
      .array(
        z.object({
          min: z.number().int().positive().optional(),
          max: z.number().int().positive().optional(),
          currency: z.enum(CURRENCIES),
          period: z.enum(PERIODS),
          region: both(text),
          year: z.number().int().optional(),
          context: both(text),
          source: text.describe('Seed article file and lines'),
        }),
      )
      .describe('Only figures found in a source; empty when there is none'),
    pros: both(z.array(text)),
    cons: both(z.array(text)),
    faq: both(z.array(z.object({ q: text, a: text }))),
    codes: z.object({
      isco08: z.array(z.object({ code: text, name: both(text), confidence: z.enum(CONFIDENCE) })),
      profstandard: z.array(z.object({ code: text, name: both(text), confidence: z.enum(CONFIDENCE) })),
    }),
    sources: z.array(text),
    reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })
  .meta({ title: 'Manager role', description: 'One role of the Manager Roles Guide in Russian and English' });

export const openDataSchema = z
  .object({
    licence: z.object({ name: text, url: z.url(), attribution: text }),
    schema: z.url(),
    roles: z.array(openRoleSchema),
  })
  .meta({ title: 'Manager Roles Guide: all roles' });

export type OpenRole = z.infer<typeof openRoleSchema>;

export function jsonSchemaDocument() {
  return {
    ...z.toJSONSchema(openDataSchema, { target: 'draft-2020-12' }),
    $id: `${SITE_URL}/data/schema.json`,
    $defs: { role: z.toJSONSchema(openRoleSchema, { target: 'draft-2020-12' }) },
  };
}

export function openRole(slug: string): OpenRole | undefined {
  const ru = getRole('ru', slug);
  const en = getRole('en', slug);
  if (!ru || !en) return undefined;
  const pair = <T>(pick: (r: Role) => T) => ({ ru: pick(ru), en: pick(en) });
  return {
    slug,
    url: { ru: SITE_URL + roleHref('ru', slug), en: SITE_URL + roleHref('en', slug) },
    title: pair((r) => r.title),
    aliases: pair((r) => r.aliases),
    summary: pair((r) => r.summary),
    area: { id: ru.area.id, name: pair((r) => r.area.name) },
    duties: pair((r) => r.duties),
    skills: ru.skills.map((s, i) => ({ id: s.skill.id, kind: s.skill.kind, weight: s.weight, label: { ru: s.skill.label, en: en.skills[i]!.skill.label } })),
    kpis: pair((r) => r.kpis),
    education: {
      entryRoutes: pair((r) => r.entryRoutes),
      studyDirections: ru.codes.studyDirections.map((d, i) => ({ code: d.code, level: d.level, name: { ru: d.name, en: en.codes.studyDirections[i]!.name } })),
    },
    career: { ladder: pair((r) => r.ladder), from: ru.career.from.map((r) => r.slug), to: ru.career.to.map((r) => r.slug) },
    related: ru.related.map((r, i) => ({ role: r.role.slug, relation: r.relation, why: { ru: r.why, en: en.related[i]!.why } })),
    salary: ru.salary.map((s, i) => ({
      ...(s.min !== undefined && { min: s.min }),
      ...(s.max !== undefined && { max: s.max }),
      currency: s.currency,
      period: s.period,
      region: { ru: s.region, en: en.salary[i]!.region },
      ...(s.year !== undefined && { year: s.year }),
      context: { ru: s.context, en: en.salary[i]!.context },
      source: s.source.ref,
    })),
    pros: pair((r) => r.pros),
    cons: pair((r) => r.cons),
    faq: pair((r) => r.faq),
    codes: {
      isco08: ru.codes.isco08.map((c, i) => ({ code: c.code, name: { ru: c.name, en: en.codes.isco08[i]!.name }, confidence: c.confidence })),
      profstandard: ru.codes.profstandard.map((c, i) => ({ code: c.code, name: { ru: c.name, en: en.codes.profstandard[i]!.name }, confidence: c.confidence })),
    },
    sources: ru.sources.map((s) => s.ref),
    reviewed: ru.reviewed,
  };
}

export function openData() {
  return {
    licence: DATA_LICENCE,
    schema: `${SITE_URL}/data/schema.json`,
    roles: getRoles('ru').map((r) => openRole(r.slug)!),
  };
}
