// Open data: every role record in both languages, as published at /data/roles.json and
// /data/roles/<slug>.json. The JSON Schema at /data/schema.json is generated from the zod
// schema below, so the documentation and the files cannot drift apart.
import { z } from 'zod';
import { getRole, getRoles, type Role } from './content';
import { CODE_COVERS, ENTRY_ROUTE_KINDS, PAY_MEASURES, PAY_SCOPES, PAY_STATISTICS, RELATIONS, SKILL_KINDS, SOURCE_KINDS, STUDY_LEVELS } from './content/schema';
import { DEFAULT_LOCALE, LOCALES, perLocale, type Locale } from './locales';
import { roleHref } from './links';
import { SITE_URL } from './site';

export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Карта менеджерских профессий / Manager Roles Guide',
};

const text = z.string().min(1);
/** One value per language, derived from the table of languages. */
const perLanguage = <T extends z.ZodType>(t: T) => z.object(Object.fromEntries(LOCALES.map((l) => [l, t])) as Record<Locale, T>);

const openSource = z.object({
  id: text,
  kind: z.enum(SOURCE_KINDS),
  title: text.describe('As the guide cites it; shortened when the official title is very long'),
  fullTitle: text.optional().describe('The official title, when title is shortened'),
  publisher: text,
  author: text.optional(),
  url: z.url().optional(),
  published: text.describe('A year, month or date, or "undated"'),
  accessed: text,
  language: text,
});

export const openRoleSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    url: perLanguage(z.url()).describe('The role page in each language'),
    title: perLanguage(text),
    aliases: perLanguage(z.array(text)),
    summary: perLanguage(text),
    area: z.object({ id: text, name: perLanguage(text) }),
    duties: perLanguage(z.array(text)),
    skills: z.array(z.object({ id: text, kind: z.enum(SKILL_KINDS), weight: z.enum(['essential', 'optional']), label: perLanguage(text) })),
    tools: z.array(z.object({ id: text, name: perLanguage(text) })),
    kpis: z
      .array(z.object({ id: text, name: perLanguage(text), definition: perLanguage(text), formula: perLanguage(text).optional(), note: perLanguage(text).optional() }))
      .describe('KPIs from the site-wide glossary (the same definition on every role), with this role\'s note'),
    education: z.object({
      entryRoutes: perLanguage(z.array(z.object({ kind: z.enum(ENTRY_ROUTE_KINDS), text }))),
      studyDirections: z.array(z.object({ code: text, level: z.enum(STUDY_LEVELS), name: perLanguage(text) })),
    }),
    career: z.object({
      ladder: perLanguage(z.array(text)),
      from: z.array(text).describe('Slugs of roles people often come from'),
      to: z.array(text).describe('Slugs of roles people often move to'),
    }),
    related: z.array(z.object({ role: text, relation: z.enum(RELATIONS), why: perLanguage(text) })),
    pay: z
      .array(
        z.object({
          amount: z.number().int().positive().describe('Roubles a month'),
          statistic: z.enum(PAY_STATISTICS).optional(),
          measure: z.enum(PAY_MEASURES),
          gross: z.boolean().optional(),
          scope: z.enum(PAY_SCOPES).describe('role: this role itself; field: a whole field; group: an ОКЗ group'),
          region: z.object({ id: text, name: perLanguage(text) }),
          period: text,
          outdated: z.boolean().describe('More than three years older than the review date'),
          who: perLanguage(text).optional(),
          source: text.describe('Source id, see sources'),
          vacancies: z.number().int().optional().describe('For imported figures: the number of job ads'),
        }),
      )
      .describe('Only figures found in a source; empty when there is none'),
    pros: perLanguage(z.array(text)),
    cons: perLanguage(z.array(text)),
    faq: perLanguage(z.array(z.object({ q: text, a: text }))),
    codes: z.object({
      occupations: z.array(z.object({ code: text, isco: text, okz: text, covers: z.enum(CODE_COVERS) })).describe('ОКЗ = ISCO-08 unit groups; the first is the work the page describes'),
      profstandards: z.array(z.object({ code: text, title: text, order: z.object({ number: text, date: text, by: text }) })),
    }),
    sources: z.array(openSource.extend({ sections: z.array(text) })),
    reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })
  .meta({ title: 'Manager role', description: 'One role of the Manager Roles Guide in every language of the site' });

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
  const roles = perLocale((l) => getRole(l, slug));
  if (LOCALES.some((l) => !roles[l])) return undefined;
  const by = perLocale((l) => roles[l]!);
  const base = by[DEFAULT_LOCALE];
  const pair = <T>(pick: (r: Role) => T) => perLocale((l) => pick(by[l]));
  /** The same item in every language, found by its position in the same fact list. */
  const each = <T, U>(list: (r: Role) => T[], pick: (item: T) => U) => (i: number) => perLocale((l) => pick(list(by[l])[i]!));
  return {
    slug,
    url: perLocale((l) => SITE_URL + roleHref(l, slug)),
    title: pair((r) => r.title),
    aliases: pair((r) => r.aliases),
    summary: pair((r) => r.summary),
    area: { id: base.area.id, name: pair((r) => r.area.name) },
    duties: pair((r) => r.duties),
    skills: base.skills.map((s, i) => ({ id: s.skill.id, kind: s.skill.kind, weight: s.weight, label: each((r) => r.skills, (x) => x.skill.label)(i) })),
    tools: base.tools.map((t, i) => ({ id: t.id, name: each((r) => r.tools, (x) => x.name)(i) })),
    kpis: base.kpis.map((k, i) => ({
      id: k.kpi.id,
      name: each((r) => r.kpis, (x) => x.kpi.name)(i),
      definition: each((r) => r.kpis, (x) => x.kpi.definition)(i),
      ...(k.kpi.formula && { formula: each((r) => r.kpis, (x) => x.kpi.formula!)(i) }),
      ...(k.note && { note: each((r) => r.kpis, (x) => x.note!)(i) }),
    })),
    education: {
      entryRoutes: pair((r) => r.entryRoutes),
      studyDirections: base.codes.studyDirections.map((d, i) => ({ code: d.code, level: d.level, name: each((r) => r.codes.studyDirections, (x) => x.name)(i) })),
    },
    career: { ladder: pair((r) => r.ladder), from: base.career.from.map((r) => r.slug), to: base.career.to.map((r) => r.slug) },
    related: base.related.map((r, i) => ({ role: r.role.slug, relation: r.relation, why: each((x) => x.related, (x) => x.why)(i) })),
    pay: base.pay.map((f, i) => ({
      amount: f.amount,
      ...(f.statistic && { statistic: f.statistic }),
      measure: f.measure,
      ...(f.gross !== undefined && { gross: f.gross }),
      scope: f.scope,
      region: { id: f.region.id, name: each((r) => r.pay, (x) => x.region.name)(i) },
      period: f.period,
      outdated: f.outdated,
      ...(f.who && { who: each((r) => r.pay, (x) => x.who ?? '')(i) }),
      source: f.source.id,
      ...(f.imported && { vacancies: f.imported.count }),
    })),
    pros: pair((r) => r.pros),
    cons: pair((r) => r.cons),
    faq: pair((r) => r.faq),
    codes: {
      occupations: base.codes.occupations.map((c) => ({ code: c.code, isco: c.isco, okz: c.okz, covers: c.covers })),
      profstandards: base.codes.profstandards.map((p) => ({ code: p.code, title: p.title, order: p.order })),
    },
    sources: base.sources.map(({ source, sections }) => ({ ...source, sections })),
    reviewed: base.reviewed,
  };
}

export function openData() {
  return {
    licence: DATA_LICENCE,
    schema: `${SITE_URL}/data/schema.json`,
    roles: getRoles(DEFAULT_LOCALE).map((r) => openRole(r.slug)!),
  };
}
