// Loads the whole content folder: every file is read and validated, then every reference
// between files is resolved. All problems are collected; nothing is returned half-checked.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locales';
import { ABOUT_EXPLAINERS, roleHref } from '../links';
import { linkedRoleSlugs, renderMarkdown, renderWithHeadingIds, resolveRoleLinks, splitSections, countWords, unsafeMarkdown, type RawSection } from './markdown';
import { isOutdated, periodEnd, sortPay } from './pay';
import { importedPayFileSchema, IMPORTED_PAY_DIR, type ImportedPayFile } from './pay-data';
import { didYouMean, zodProblems, type ContentProblem } from './problems';
import { hasInvisible, invisibleLine, ReadError, readContentFile, parseFrontMatter, parseYaml, showInvisible } from './read';
import {
  areasFileSchema,
  codesFileSchema,
  editorialPageSchema,
  kpisFileSchema,
  MIN_BODY_WORDS,
  MIRRORED_LISTS,
  QUIZ_SCALE,
  quizFileSchema,
  regionsFileSchema,
  reviewFileSchema,
  roleFileSchema,
  roleTextSchema,
  skillsFileSchema,
  SLUG_PATTERN,
  sourcesFileSchema,
  studyDirectionsFileSchema,
  toolsFileSchema,
  type QuizFile,
  type ReviewFile,
  type RoleFile,
  type RoleText,
  type SourceRecord,
} from './schema';
import { defaultHeading, type SectionId } from './sections';
import { askOrder, profileWeights } from '../quiz';
import type { ContentIndex, LocaleCatalog, PayFigure, Role, RoleLink, Source } from './types';

/** Every role must be linked from this many other roles. */
export const MIN_INBOUND_LINKS = 2;
/** The source registry: every *.yaml file in this folder of content/. */
export const SOURCES_DIR = 'sources';
export const QUIZ_FILE = 'quiz.yaml';

export interface LoadOptions {
  /** Minimum words of body prose per language (fixtures use fewer than real roles). */
  minBodyWords?: number;
}

export interface LoadResult {
  index?: ContentIndex;
  problems: ContentProblem[];
}

interface RawRole {
  slug: string;
  dir: string;
  file?: RoleFile;
  review?: ReviewFile;
  texts: Partial<Record<Locale, { text: RoleText; sections: RawSection[]; body: string }>>;
}

/** The taxonomy files at the top of content/, each a list checked by its schema. */
const TAXONOMIES = {
  skills: ['skills.yaml', skillsFileSchema],
  tools: ['tools.yaml', toolsFileSchema],
  kpis: ['kpis.yaml', kpisFileSchema],
  areas: ['areas.yaml', areasFileSchema],
  regions: ['regions.yaml', regionsFileSchema],
  study: ['study-directions.yaml', studyDirectionsFileSchema],
} as const;

export function loadContent(root: string, options: LoadOptions = {}): LoadResult {
  const minBodyWords = options.minBodyWords ?? MIN_BODY_WORDS;
  const problems: ContentProblem[] = [];
  const display = (file: string) => `content/${path.relative(root, file).split(path.sep).join('/')}`;
  const report = (file: string, field: string, message: string) => problems.push({ file: display(file), field, message });

  function readText(file: string): string | undefined {
    if (!fs.existsSync(file) && !isBrokenLink(file)) {
      report(file, '', 'missing file');
      return undefined;
    }
    try {
      const source = readContentFile(file);
      const line = invisibleLine(source);
      if (line !== undefined) {
        const bad = source.split('\n')[line - 1]!;
        report(file, `line ${line}`, `invisible or control character in ${JSON.stringify(showInvisible(bad.trim()).slice(0, 80))}: remove it`);
        return undefined;
      }
      return source;
    } catch (error) {
      if (error instanceof ReadError) report(file, '', error.message);
      else throw error;
      return undefined;
    }
  }

  function validate<S extends z.ZodType>(file: string, data: unknown, schema: S): z.infer<S> | undefined {
    const result = schema.safeParse(data, { reportInput: true });
    if (!result.success) problems.push(...zodProblems(display(file), result.error));
    return result.success ? result.data : undefined;
  }

  function readValidated<S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined {
    const source = readText(file);
    if (source === undefined) return undefined;
    try {
      return validate(file, parseYaml(source), schema);
    } catch (error) {
      if (error instanceof ReadError) report(file, '', error.message);
      else throw error;
      return undefined;
    }
  }

  function duplicates<T>(file: string, items: readonly T[] | undefined, key: (t: T) => string, field: string, prefix = '') {
    const first = new Map<string, number>();
    items?.forEach((item, i) => {
      const k = key(item);
      if (first.has(k)) report(file, `${prefix}[${i}].${field}`, `duplicate ${field} "${k}" (first at [${first.get(k)}])`);
      else first.set(k, i);
    });
  }

  // --- taxonomies ------------------------------------------------------------------------
  const fileOf = (name: keyof typeof TAXONOMIES) => path.join(/*turbopackIgnore: true*/ root, TAXONOMIES[name][0]);
  const skills = readValidated(fileOf('skills'), skillsFileSchema);
  const tools = readValidated(fileOf('tools'), toolsFileSchema);
  const kpis = readValidated(fileOf('kpis'), kpisFileSchema);
  const areas = readValidated(fileOf('areas'), areasFileSchema);
  const regions = readValidated(fileOf('regions'), regionsFileSchema);
  const study = readValidated(fileOf('study'), studyDirectionsFileSchema);
  // The source registry: every *.yaml file in content/sources/, ids unique across them.
  const sourcesDir = path.join(/*turbopackIgnore: true*/ root, SOURCES_DIR);
  const sourceFiles = fs.existsSync(sourcesDir) ? fs.readdirSync(sourcesDir).filter((n) => n.endsWith('.yaml')).sort() : [];
  if (sourceFiles.length === 0) report(sourcesDir, '', 'no source files found: the registry lives in content/sources/*.yaml');
  const sourceLists = sourceFiles.map((name) => ({ file: path.join(/*turbopackIgnore: true*/ sourcesDir, name), list: readValidated(path.join(/*turbopackIgnore: true*/ sourcesDir, name), sourcesFileSchema) }));
  const sources = sourceLists.every((s) => s.list) && sourceFiles.length > 0 ? sourceLists.flatMap((s) => s.list!) : undefined;
  const firstSource = new Map<string, string>();
  for (const { file, list } of sourceLists) {
    list?.forEach((s, i) => {
      const seen = firstSource.get(s.id);
      if (seen) report(file, `[${i}].id`, `duplicate id "${s.id}" (first in ${seen})`);
      else firstSource.set(s.id, display(file));
    });
  }
  const codesFile = path.join(/*turbopackIgnore: true*/ root, 'codes.yaml');
  const codes = readValidated(codesFile, codesFileSchema);
  const quizFile = path.join(/*turbopackIgnore: true*/ root, QUIZ_FILE);
  const quiz = readValidated(quizFile, quizFileSchema);
  duplicates(fileOf('skills'), skills, (s) => s.id, 'id');
  duplicates(fileOf('tools'), tools, (s) => s.id, 'id');
  duplicates(fileOf('kpis'), kpis, (s) => s.id, 'id');
  duplicates(fileOf('areas'), areas, (a) => a.id, 'id');
  duplicates(fileOf('regions'), regions, (a) => a.id, 'id');
  duplicates(fileOf('study'), study, (s) => s.code, 'code');
  duplicates(codesFile, codes?.occupations, (c) => c.code, 'code', 'occupations');
  duplicates(codesFile, codes?.profstandards, (c) => c.code, 'code', 'profstandards');
  duplicates(codesFile, codes?.groups, (c) => c.code, 'code', 'groups');

  const idsOf = <T>(list: readonly T[] | undefined, key: (t: T) => string) => list && new Set(list.map(key));
  const skillIds = idsOf(skills, (s) => s.id);
  const toolIds = idsOf(tools, (s) => s.id);
  const kpiIds = idsOf(kpis, (s) => s.id);
  const areaIds = idsOf(areas, (a) => a.id);
  const regionIds = idsOf(regions, (r) => r.id);
  const studyCodes = idsOf(study, (s) => s.code);
  const sourceIds = idsOf(sources, (s) => s.id);
  const occupationCodes = idsOf(codes?.occupations, (c) => c.code);
  const profCodes = idsOf(codes?.profstandards, (c) => c.code);

  /** A reference to a known id; unknown ids are reported with a suggestion. */
  const checkRef = (file: string, field: string, what: string, value: string, known: Set<string> | undefined) => {
    if (known && !known.has(value)) report(file, field, `unknown ${what} "${value}"${didYouMean(value, known)}`);
  };
  tools?.forEach((t, i) => t.skill && checkRef(fileOf('tools'), `[${i}].skill`, 'skill', t.skill, skillIds));
  kpis?.forEach((k, i) => checkRef(fileOf('kpis'), `[${i}].source`, 'source', k.source, sourceIds));
  codes?.occupations.forEach((c, i) => c.sources.forEach((s, j) => checkRef(codesFile, `occupations[${i}].sources[${j}]`, 'source', s, sourceIds)));
  codes?.profstandards.forEach((c, i) => checkRef(codesFile, `profstandards[${i}].source`, 'source', c.source, sourceIds));
  codes?.groups.forEach((c, i) => c.sources.forEach((s, j) => checkRef(codesFile, `groups[${i}].sources[${j}]`, 'source', s, sourceIds)));

  // Pay data written by `npm run pay:import` (optional: absent until someone imports).
  const imported: ImportedPayFile[] = [];
  const importDir = path.join(/*turbopackIgnore: true*/ root, IMPORTED_PAY_DIR);
  if (fs.existsSync(importDir)) {
    for (const name of fs.readdirSync(importDir).filter((n) => n.endsWith('.json')).sort()) {
      const file = path.join(/*turbopackIgnore: true*/ importDir, name);
      const source = readText(file);
      if (source === undefined) continue;
      let data: unknown;
      try {
        data = JSON.parse(source);
      } catch (error) {
        report(file, '', `invalid JSON: ${(error as Error).message}`);
        continue;
      }
      const parsed = validate(file, data, importedPayFileSchema);
      if (!parsed) continue;
      if (parsed.name !== name) report(file, 'name', `expected "${name}", the file's own name`);
      checkRef(file, 'source', 'source', parsed.source, sourceIds);
      parsed.figures.forEach((f, i) => checkRef(file, `figures[${i}].region`, 'region', f.region, regionIds));
      const groupCodes = codes && new Set([...codes.occupations.map((c) => c.code), ...codes.groups.map((g) => g.code)]);
      parsed.figures.forEach((f, i) => f.group && checkRef(file, `figures[${i}].group`, 'ОКЗ group', f.group, groupCodes));
      imported.push(parsed);
    }
  }

  // --- roles: read and validate each file --------------------------------------------------
  const rolesDir = path.join(/*turbopackIgnore: true*/ root, 'roles');
  const rawRoles: RawRole[] = [];
  const entries = fs.existsSync(rolesDir) ? fs.readdirSync(rolesDir, { withFileTypes: true }) : [];
  if (entries.length === 0) report(rolesDir, '', 'no roles found');
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(/*turbopackIgnore: true*/ rolesDir, entry.name);
    if (entry.isSymbolicLink()) {
      report(dir, '', 'symbolic links are not followed: content must live inside content/');
      continue;
    }
    if (!entry.isDirectory()) continue;
    if (!SLUG_PATTERN.test(entry.name)) {
      const shown = hasInvisible(entry.name) ? `${showInvisible(entry.name)}" (it holds invisible characters)` : `${entry.name}"`;
      report(dir, 'slug', `folder name "${shown} is not a slug: expected lower-case latin words joined by "-", like "sales-manager"`);
      continue;
    }
    const raw: RawRole = { slug: entry.name, dir, texts: {} };
    raw.file = readValidated(path.join(/*turbopackIgnore: true*/ dir, 'role.yaml'), roleFileSchema);
    raw.review = readValidated(path.join(/*turbopackIgnore: true*/ dir, 'review.yaml'), reviewFileSchema);
    for (const locale of LOCALES) {
      const file = path.join(/*turbopackIgnore: true*/ dir, `${locale}.md`);
      const source = readText(file);
      if (source === undefined) continue;
      let parsed: { data: unknown; body: string };
      try {
        parsed = parseFrontMatter(source);
      } catch (error) {
        if (error instanceof ReadError) report(file, '', error.message);
        else throw error;
        continue;
      }
      const text = validate(file, parsed.data, roleTextSchema);
      const split = splitSections(parsed.body);
      for (const message of [...split.problems, ...unsafeMarkdown(parsed.body)]) report(file, 'body', message);
      const words = countWords(parsed.body);
      if (words < minBodyWords) report(file, 'body', `expected at least ${minBodyWords} words of prose, found ${words}`);
      if (text) raw.texts[locale] = { text, sections: split.sections, body: parsed.body };
    }
    rawRoles.push(raw);
  }

  // --- editorial pages: content/pages/<id>/<locale>.md ---------------------------------------
  const pagesDir = path.join(/*turbopackIgnore: true*/ root, 'pages');
  const editorial: { id: string; texts: Partial<Record<Locale, { title: string; summary: string; body: string }>> }[] = [];
  for (const entry of fs.existsSync(pagesDir) ? fs.readdirSync(pagesDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)) : []) {
    const dir = path.join(/*turbopackIgnore: true*/ pagesDir, entry.name);
    if (entry.isSymbolicLink()) {
      report(dir, '', 'symbolic links are not followed: content must live inside content/');
      continue;
    }
    if (!entry.isDirectory()) continue;
    if (!SLUG_PATTERN.test(entry.name)) {
      report(dir, 'id', `folder name "${showInvisible(entry.name)}" is not an id: expected lower-case latin words joined by "-"`);
      continue;
    }
    const page: (typeof editorial)[number] = { id: entry.name, texts: {} };
    for (const locale of LOCALES) {
      const file = path.join(/*turbopackIgnore: true*/ dir, `${locale}.md`);
      const source = readText(file);
      if (source === undefined) continue;
      try {
        const parsed = parseFrontMatter(source);
        const front = validate(file, parsed.data, editorialPageSchema);
        for (const message of unsafeMarkdown(parsed.body)) report(file, 'body', message);
        if (front) page.texts[locale] = { ...front, body: parsed.body };
        if (entry.name === 'about')
          for (const part of ABOUT_EXPLAINERS)
            if (!new RegExp(`^#{2,4} .*\\{#${part}\\}\\s*$`, 'm').test(parsed.body))
              report(file, 'body', `missing heading "## … {#${part}}": role pages link to /about#${part} instead of repeating it`);
      } catch (error) {
        if (error instanceof ReadError) report(file, '', error.message);
        else throw error;
      }
    }
    editorial.push(page);
  }
  if (!editorial.some((p) => p.id === 'about')) report(pagesDir, 'about', 'missing folder pages/about: role pages link to its explanations');

  // --- references ------------------------------------------------------------------------
  // A taxonomy that failed to load is reported once above; references to it are not checked.
  const roleSlugs = new Set(rawRoles.map((r) => r.slug));
  for (const raw of rawRoles) {
    const file = path.join(/*turbopackIgnore: true*/ raw.dir, 'role.yaml');
    const f = raw.file;
    if (!f) continue;
    const unknown = (field: string, what: string, value: string, known: Set<string> | undefined) => checkRef(file, field, what, value, known);
    const roleRef = (field: string, value: string) => {
      if (value === raw.slug) report(file, field, `a role cannot link to itself ("${value}")`);
      else unknown(field, 'role', value, roleSlugs);
    };
    const listedTwice = (field: string, values: string[], what: string) => {
      const seen = new Set<string>();
      values.forEach((v, i) => {
        if (seen.has(v)) report(file, `${field}[${i}]`, `${what} "${v}" is listed twice`);
        seen.add(v);
      });
    };
    unknown('area', 'area', f.area, areaIds);
    f.skills.forEach((s, i) => unknown(`skills[${i}].id`, 'skill', s.id, skillIds));
    listedTwice('skills', f.skills.map((s) => s.id), 'skill');
    f.tools.forEach((t, i) => unknown(`tools[${i}]`, 'tool', t, toolIds));
    listedTwice('tools', f.tools, 'tool');
    f.kpis.forEach((k, i) => unknown(`kpis[${i}]`, 'KPI', k, kpiIds));
    listedTwice('kpis', f.kpis, 'KPI');
    f.related.forEach((r, i) => roleRef(`related[${i}].role`, r.role));
    listedTwice('related', f.related.map((r) => r.role), 'role');
    f.career.from.forEach((slug, i) => roleRef(`career.from[${i}]`, slug));
    f.career.to.forEach((slug, i) => roleRef(`career.to[${i}]`, slug));
    listedTwice('entryRoutes', f.entryRoutes.map((r) => r.id), 'entry route');
    f.codes.occupations.forEach((c, i) => unknown(`codes.occupations[${i}].code`, 'occupation code', c.code, occupationCodes));
    listedTwice('codes.occupations', f.codes.occupations.map((c) => c.code), 'code');
    f.codes.profstandards.forEach((c, i) => unknown(`codes.profstandards[${i}]`, 'профстандарт', c, profCodes));
    f.codes.studyDirections.forEach((code, i) => unknown(`codes.studyDirections[${i}]`, 'study direction', code, studyCodes));
    f.pay.forEach((p, i) => {
      unknown(`pay[${i}].region`, 'region', p.region, regionIds);
      unknown(`pay[${i}].source`, 'source', p.source, sourceIds);
    });
    listedTwice('pay', f.pay.map((p) => p.id), 'pay figure');
    f.sources.forEach((s, i) => unknown(`sources[${i}].id`, 'source', s.id, sourceIds));
    listedTwice('sources', f.sources.map((s) => s.id), 'source');

    for (const locale of LOCALES) {
      const t = raw.texts[locale];
      if (!t) continue;
      const mdFile = path.join(/*turbopackIgnore: true*/ raw.dir, `${locale}.md`);
      for (const slug of linkedRoleSlugs(t.body)) {
        if (slug === raw.slug) report(mdFile, 'body', `[[${slug}]]: a role cannot link to itself`);
        else if (!roleSlugs.has(slug)) report(mdFile, 'body', `[[${slug}]]: unknown role${didYouMean(slug, roleSlugs)}`);
      }
      // Text keyed by the ids of facts in role.yaml: exactly those ids (notes: a subset).
      const sameKeys = (field: string, keys: string[], expected: string[], what: string, subset = false) => {
        const want = new Set(expected);
        for (const k of keys) if (!want.has(k)) report(mdFile, `${field}.${k}`, `no ${what} "${k}" in role.yaml${didYouMean(k, want)}`);
        if (!subset) for (const k of expected) if (!keys.includes(k)) report(mdFile, field, `missing text for ${what} "${k}" listed in role.yaml`);
      };
      sameKeys('related', Object.keys(t.text.related), f.related.map((r) => r.role), 'related role');
      sameKeys('entryRoutes', Object.keys(t.text.entryRoutes), f.entryRoutes.map((r) => r.id), 'entry route');
      sameKeys('pay', Object.keys(t.text.pay), f.pay.map((p) => p.id), 'pay figure');
      sameKeys('kpiNotes', Object.keys(t.text.kpiNotes), f.kpis, 'KPI', true);
      for (const [field, value] of [['title', t.text.title], ...t.sections.map((s) => [`body: heading #${s.id}`, s.heading])] as const) {
        if (hasInvisible(value)) report(mdFile, field, `invisible or control character in ${JSON.stringify(showInvisible(value))}: remove it`);
      }
    }
    const [first, ...others] = LOCALES.map((l) => raw.texts[l]?.text);
    if (first) {
      others.forEach((other, i) => {
        if (!other) return;
        const mdFile = path.join(/*turbopackIgnore: true*/ raw.dir, `${LOCALES[i + 1]}.md`);
        for (const list of MIRRORED_LISTS) {
          const want = Object.keys(first[list]).join(', ');
          const got = Object.keys(other[list]).join(', ');
          if (want !== got) report(mdFile, list, `expected the ids ${want}, as in ${LOCALES[0]}.md, found ${got}`);
        }
      });
    }
  }

  // Two roles with one title would be two pages no reader could tell apart.
  for (const locale of LOCALES) {
    const seen = new Map<string, string>();
    for (const raw of rawRoles) {
      const title = raw.texts[locale]?.text.title;
      if (!title) continue;
      const key = title.toLocaleLowerCase(locale);
      if (seen.has(key)) report(path.join(/*turbopackIgnore: true*/ raw.dir, `${locale}.md`), 'title', `"${title}" is already the title of ${seen.get(key)}: titles must differ`);
      else seen.set(key, raw.slug);
    }
  }

  // A role that fewer than two others link to is hard to find by browsing.
  if (rawRoles.length > MIN_INBOUND_LINKS && rawRoles.every((r) => r.file)) {
    const inbound = new Map(rawRoles.map((r) => [r.slug, new Set<string>()]));
    for (const raw of rawRoles) {
      const f = raw.file!;
      const targets = [...f.related.map((r) => r.role), ...f.career.from, ...f.career.to, ...LOCALES.flatMap((l) => linkedRoleSlugs(raw.texts[l]?.body ?? ''))];
      for (const t of targets) if (t !== raw.slug) inbound.get(t)?.add(raw.slug);
    }
    for (const raw of rawRoles) {
      const from = inbound.get(raw.slug)!;
      if (from.size < MIN_INBOUND_LINKS) {
        report(path.join(/*turbopackIgnore: true*/ raw.dir, 'role.yaml'), '', `only ${from.size} other role${from.size === 1 ? '' : 's'} link${from.size === 1 ? 's' : ''} here (${[...from].join(', ') || 'none'}): link it from at least ${MIN_INBOUND_LINKS} (related, career or [[${raw.slug}]] in prose)`);
      }
    }
  }

  // A skill no role needs would be a page that leads nowhere.
  if (skills && rawRoles.every((r) => r.file)) {
    const used = new Set(rawRoles.flatMap((r) => r.file!.skills.map((s) => s.id)));
    skills.forEach((s, i) => {
      if (!used.has(s.id)) report(fileOf('skills'), `[${i}].id`, `skill "${s.id}" is not used by any role: add it to a role or remove it`);
    });
  }
  // A study direction no role leads to would be a page with nothing on it.
  if (study && rawRoles.every((r) => r.file)) {
    const used = new Set(rawRoles.flatMap((r) => r.file!.codes.studyDirections));
    study.forEach((d, i) => {
      if (!used.has(d.code)) report(fileOf('study'), `[${i}].code`, `study direction "${d.code}" is not listed by any role: add it to a role's codes.studyDirections or remove it`);
    });
  }
  /** quiz.yaml: every statement measures a known dimension, every role has a full profile. */
  function checkQuiz(q: QuizFile) {
    duplicates(quizFile, q.dimensions, (d) => d.id, 'id', 'dimensions');
    duplicates(quizFile, q.statements, (s) => s.id, 'id', 'statements');
    duplicates(quizFile, q.profiles, (p) => p.role, 'role', 'profiles');
    checkRef(quizFile, 'source', 'source', q.source, sourceIds);
    const dimensionIds = new Set(q.dimensions.map((d) => d.id));
    q.statements.forEach((st, i) => checkRef(quizFile, `statements[${i}].dimension`, 'dimension', st.dimension, dimensionIds));
    q.dimensions.forEach((d, i) => {
      const count = q.statements.filter((st) => st.dimension === d.id).length;
      if (count < 2) report(quizFile, `dimensions[${i}]`, `"${d.id}" is measured by ${count} statement(s): expected at least 2`);
      if (d.kind === 'activity' && !q.profiles.some((p) => p.activities[d.id] !== undefined))
        report(quizFile, `dimensions[${i}]`, `no role profile scores "${d.id}": expected at least one`);
    });
    q.profiles.forEach((p, i) => {
      checkRef(quizFile, `profiles[${i}].role`, 'role', p.role, roleSlugs);
      for (const [group, kind] of [['interests', 'interest'], ['activities', 'activity']] as const) {
        const own = new Set(q.dimensions.filter((d) => d.kind === kind).map((d) => d.id));
        const { min, max } = QUIZ_SCALE[kind];
        for (const [id, score] of Object.entries(p[group])) {
          if (!own.has(id)) report(quizFile, `profiles[${i}].${group}.${id}`, `unknown ${kind} dimension "${id}"${didYouMean(id, own)}`);
          else if (score < min || score > max) report(quizFile, `profiles[${i}].${group}.${id}`, `expected a score from ${min} to ${max}, got ${score}`);
        }
        if (kind === 'interest') for (const id of own) if (p.interests[id] === undefined) report(quizFile, `profiles[${i}].interests`, `missing "${id}": every role needs every interest score`);
      }
    });
    const profiled = new Set(q.profiles.map((p) => p.role));
    for (const slug of roleSlugs) if (!profiled.has(slug)) report(quizFile, 'profiles', `no profile for role "${slug}": every role must be weighted`);
  }

  for (const file of imported) {
    file.figures.forEach((fig, i) => {
      if (!roleSlugs.has(fig.role)) report(path.join(/*turbopackIgnore: true*/ importDir, file.name), `figures[${i}].role`, `unknown role "${fig.role}"${didYouMean(fig.role, roleSlugs)}`);
    });
  }

  if (quiz) checkQuiz(quiz);

  const ready = skills && tools && kpis && areas && regions && study && sources && codes && quiz;
  if (problems.length > 0 || !ready) return { problems };

  // --- build the typed, resolved catalogs -----------------------------------------------
  const complete = rawRoles as Required<RawRole>[];
  const bySlug = new Map(complete.map((r) => [r.slug, r]));
  const sourceById = new Map(sources.map((s) => [s.id, publicSource(s)]));
  const source = (id: string) => sourceById.get(id)!;
  const index = {} as ContentIndex;
  const weights = profileWeights(quiz);
  for (const locale of LOCALES) {
    const collator = new Intl.Collator(locale);
    const titleOf = (slug: string) => bySlug.get(slug)!.texts[locale]!.text.title;
    const link = (slug: string): RoleLink => ({ slug, title: titleOf(slug), areaId: bySlug.get(slug)!.file.area });
    const skillById = new Map(skills.map((s) => [s.id, { id: s.id, kind: s.kind, ...s[locale] }]));
    const toolById = new Map(
      tools.map((t) => [
        t.id,
        { id: t.id, ...t[locale], ...(t.url && { url: t.url }), ...(t.skill && { skill: { id: t.skill, label: skillById.get(t.skill)!.label } }) },
      ]),
    );
    const kpiById = new Map(kpis.map((k) => [k.id, { id: k.id, ...k[locale], source: source(k.source) }]));
    const areaById = new Map(areas.map((a) => [a.id, { id: a.id, order: a.order, ...a[locale] }]));
    const regionById = new Map(regions.map((r) => [r.id, { id: r.id, order: r.order, name: r[locale] }]));
    const studyByCode = new Map(
      study.map((s) => [s.code, { code: s.code, level: s.level, name: s[locale], ...(s.entrance && { entrance: s.entrance[locale] }) }]),
    );
    const occupationByCode = new Map(codes.occupations.map((c) => [c.code, c]));
    /** An ОКЗ group by its code and title, for figures Rosstat gives per group. */
    const groupName = (code: string) => {
      const unit = occupationByCode.get(code);
      const title = unit ? (locale === 'ru' ? unit.okz : unit.isco) : codes.groups.find((g) => g.code === code)?.okz;
      return `${locale === 'ru' ? 'ОКЗ' : 'ISCO-08 / ОКЗ'} ${code}${title ? ` «${title}»` : ''}`;
    };
    const profByCode = new Map(codes.profstandards.map((c) => [c.code, c]));

    const roles: Role[] = complete.map(({ slug, file: f, texts, review }) => {
      const t = texts[locale]!;
      const reviewed = latestReview(review);
      const curated = f.pay.map<PayFigure>((p) => ({
        ...p,
        region: regionById.get(p.region)!,
        periodEnd: periodEnd(p.period),
        who: t.text.pay[p.id]!,
        source: source(p.source),
        outdated: isOutdated(p.period, reviewed),
      }));
      const fromImports = imported.flatMap((file) =>
        file.figures
          .filter((fig) => fig.role === slug)
          .map<PayFigure>((fig) => ({
            id: `${file.name.replace(/\.json$/, '')}-${fig.region}`,
            amount: fig.amount,
            statistic: fig.statistic,
            measure: file.measure,
            scope: fig.group ? 'group' : 'role',
            region: regionById.get(fig.region)!,
            period: fig.period,
            periodEnd: periodEnd(fig.period),
            source: source(file.source),
            outdated: isOutdated(fig.period, reviewed),
            ...(fig.group && { who: groupName(fig.group) }),
            imported: { count: fig.count, ...(fig.q1 !== undefined && { q1: fig.q1 }), ...(fig.q3 !== undefined && { q3: fig.q3 }) },
            ...(file.gross !== undefined && { gross: file.gross }),
          })),
      );
      return {
        locale,
        slug,
        title: t.text.title,
        aliases: t.text.aliases,
        summary: t.text.summary,
        vacancyQuery: texts[DEFAULT_LOCALE]!.text.vacancyQuery ?? texts[DEFAULT_LOCALE]!.text.title,
        area: areaById.get(f.area)!,
        duties: Object.values(t.text.duties),
        skills: f.skills.map((s) => ({ skill: skillById.get(s.id)!, weight: s.weight })),
        tools: f.tools.map((id) => toolById.get(id)!),
        kpis: f.kpis.map((id) => ({ kpi: kpiById.get(id)!, ...(t.text.kpiNotes[id] && { note: t.text.kpiNotes[id] }) })),
        ladder: Object.values(t.text.ladder),
        entryRoutes: f.entryRoutes.map((r) => ({ kind: r.kind, text: t.text.entryRoutes[r.id]! })),
        pros: Object.values(t.text.pros),
        cons: Object.values(t.text.cons),
        faq: Object.values(t.text.faq),
        related: f.related.map((r) => ({ role: link(r.role), relation: r.relation, why: t.text.related[r.role]! })),
        career: { from: f.career.from.map(link), to: f.career.to.map(link) },
        codes: {
          occupations: f.codes.occupations.map((c) => {
            const o = occupationByCode.get(c.code)!;
            return { code: c.code, name: locale === 'ru' ? o.okz : o.isco, isco: o.isco, okz: o.okz, covers: c.covers, sources: o.sources.map(source) };
          }),
          profstandards: f.codes.profstandards.map((code) => {
            const p = profByCode.get(code)!;
            return { code, title: p.title, name: locale === 'ru' ? p.title : p.en, order: p.order, source: source(p.source) };
          }),
          studyDirections: f.codes.studyDirections.map((code) => studyByCode.get(code)!),
        },
        pay: sortPay([...curated, ...fromImports]),
        sources: withDerivedSources(f.sources, [
          ...f.kpis.map((id) => [kpis.find((k) => k.id === id)!.source, 'kpi'] as const),
          ...f.codes.occupations.flatMap((c) => occupationByCode.get(c.code)!.sources.map((id) => [id, 'codes'] as const)),
          ...f.codes.profstandards.map((code) => [profByCode.get(code)!.source, 'codes'] as const),
          ...[...curated, ...fromImports].map((p) => [p.source.id, 'salary'] as const),
        ]).map((s) => ({ source: source(s.id), sections: s.sections })),
        reviewed,
        reviews: review.map((r) => ({ date: r.date, languages: r.languages, checked: r.checked })),
        sections: t.sections.map((s) => ({
          id: s.id,
          heading: s.heading || defaultHeading(s.id, locale),
          html: renderMarkdown(
            resolveRoleLinks(s.markdown, (target) => (roleSlugs.has(target) ? { href: roleHref(locale, target), title: titleOf(target) } : undefined)),
          ),
        })),
      };
    });
    const catalog: LocaleCatalog = {
      locale,
      roles: roles.sort((a, b) => collator.compare(a.title, b.title)),
      skills: [...skillById.values()].sort((a, b) => collator.compare(a.label, b.label)),
      tools: [...toolById.values()].sort((a, b) => collator.compare(a.name, b.name)),
      kpis: [...kpiById.values()].sort((a, b) => collator.compare(a.name, b.name)),
      areas: [...areaById.values()].sort((a, b) => a.order - b.order),
      regions: [...regionById.values()].sort((a, b) => a.order - b.order),
      studyDirections: [...studyByCode.values()].sort((a, b) => a.code.localeCompare(b.code)),
      sources: [...sourceById.values()],
      pages: editorial.map((p) => ({ id: p.id, title: p.texts[locale]!.title, summary: p.texts[locale]!.summary, html: renderWithHeadingIds(p.texts[locale]!.body) })),
      quiz: {
        version: quiz.version,
        scale: quiz.scale[locale],
        dimensions: quiz.dimensions.map((d) => ({ id: d.id, kind: d.kind, onet: d.onet, ...d[locale] })),
        statements: askOrder(quiz.statements).map((st) => ({ id: st.id, dimension: st.dimension, text: st[locale] })),
        profiles: quiz.profiles.map((p, i) => ({ role: p.role, onet: p.onet, ...(p.note && { note: p.note[locale] }), weights: weights[i]!.weights })),
        source: source(quiz.source),
      },
    };
    index[locale] = catalog;
  }
  return { index, problems };
}

/** What readers may see of a registry entry: editor notes and evidence stay behind. */
function publicSource(record: SourceRecord): Source {
  const { id, kind, title, citeAs, publisher, author, url, published, accessed, language } = record;
  return { id, kind, title: citeAs ?? title, ...(citeAs && { fullTitle: title }), publisher, published, accessed, language, ...(author && { author }), ...(url && { url }) };
}

/**
 * The role's own list of sources, plus the sources of the glossary KPIs, codes and pay figures
 * it shows, each tagged with the section it supports, so the page lists every source it uses.
 */
function withDerivedSources(listed: RoleFile['sources'], derived: (readonly [string, SectionId])[]): { id: string; sections: SectionId[] }[] {
  const out = listed.map((s) => ({ id: s.id, sections: [...(s.sections ?? [])], wholePage: !s.sections }));
  for (const [id, section] of derived) {
    const hit = out.find((s) => s.id === id);
    if (!hit) out.push({ id, sections: [section], wholePage: false });
    else if (!hit.wholePage && !hit.sections.includes(section)) hit.sections.push(section);
  }
  return out.map(({ id, sections }) => ({ id, sections }));
}

function latestReview(review: ReviewFile): string {
  return review.map((r) => r.date).sort().at(-1)!;
}

function isBrokenLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
