// Loads the whole content folder: every file is read and validated, then every reference
// between files is resolved. All problems are collected; nothing is returned half-checked.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { linkedRoleSlugs, renderMarkdown, resolveRoleLinks, splitSections, countWords, unsafeMarkdown, type RawSection } from './markdown';
import { didYouMean, zodProblems, type ContentProblem } from './problems';
import { ReadError, readFrontMatterFile, readYamlFile } from './read';
import { roleHref } from '../links';
import {
  areasFileSchema,
  codesFileSchema,
  LOCALES,
  MIN_BODY_WORDS,
  MIRRORED_LISTS,
  roleFileSchema,
  roleTextSchema,
  skillsFileSchema,
  SLUG_PATTERN,
  SOURCE_PATTERN,
  studyDirectionsFileSchema,
  type Locale,
  type RoleFile,
  type RoleText,
} from './schema';
import type { ContentIndex, LocaleCatalog, Role, RoleLink, SourceRef } from './types';

export interface LoadOptions {
  /** Minimum words of body prose per locale (fixtures use fewer than real roles). */
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
  texts: Partial<Record<Locale, { text: RoleText; sections: RawSection[]; body: string }>>;
}

export function loadContent(root: string, options: LoadOptions = {}): LoadResult {
  const minBodyWords = options.minBodyWords ?? MIN_BODY_WORDS;
  const problems: ContentProblem[] = [];
  const display = (file: string) => `content/${path.relative(root, file).split(path.sep).join('/')}`;
  const report = (file: string, field: string, message: string) =>
    problems.push({ file: display(file), field, message });

  function readValidated<S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined {
    if (!fs.existsSync(file)) {
      report(file, '', 'missing file');
      return undefined;
    }
    let data: unknown;
    try {
      data = readYamlFile(file);
    } catch (error) {
      if (error instanceof ReadError) report(file, '', error.message);
      else throw error;
      return undefined;
    }
    const result = schema.safeParse(data, { reportInput: true });
    if (!result.success) problems.push(...zodProblems(display(file), result.error));
    return result.success ? result.data : undefined;
  }

  function duplicates<T>(file: string, items: T[] | undefined, key: (t: T) => string, field: string) {
    const first = new Map<string, number>();
    items?.forEach((item, i) => {
      const k = key(item);
      if (first.has(k)) report(file, `[${i}].${field}`, `duplicate ${field} "${k}" (first at [${first.get(k)}])`);
      else first.set(k, i);
    });
  }

  // --- taxonomies ------------------------------------------------------------------------
  const skillsFile = path.join(root, 'skills.yaml');
  const areasFile = path.join(root, 'areas.yaml');
  const studyFile = path.join(root, 'study-directions.yaml');
  const codesFile = path.join(root, 'codes.yaml');
  const skills = readValidated(skillsFile, skillsFileSchema);
  const areas = readValidated(areasFile, areasFileSchema);
  const study = readValidated(studyFile, studyDirectionsFileSchema);
  const codes = readValidated(codesFile, codesFileSchema);
  duplicates(skillsFile, skills, (s) => s.id, 'id');
  duplicates(areasFile, areas, (a) => a.id, 'id');
  duplicates(studyFile, study, (s) => s.code, 'code');
  duplicates(codesFile, codes?.isco08, (c) => c.code, 'code');

  // --- roles: read and validate each file --------------------------------------------------
  const rolesDir = path.join(root, 'roles');
  const rawRoles: RawRole[] = [];
  const entries = fs.existsSync(rolesDir) ? fs.readdirSync(rolesDir, { withFileTypes: true }) : [];
  if (entries.length === 0) report(rolesDir, '', 'no roles found');
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(rolesDir, entry.name);
    if (entry.isSymbolicLink()) {
      report(dir, '', 'symbolic links are not followed: content must live inside content/');
      continue;
    }
    if (!entry.isDirectory()) continue;
    if (!SLUG_PATTERN.test(entry.name)) {
      report(dir, 'slug', `folder name "${entry.name}" is not a slug: expected lower-case latin words joined by "-", like "sales-manager"`);
      continue;
    }
    const raw: RawRole = { slug: entry.name, dir, texts: {} };
    raw.file = readValidated(path.join(dir, 'role.yaml'), roleFileSchema);
    for (const locale of LOCALES) {
      const file = path.join(dir, `${locale}.md`);
      if (!fs.existsSync(file)) {
        report(file, '', 'missing file');
        continue;
      }
      let parsed: { data: unknown; body: string };
      try {
        parsed = readFrontMatterFile(file);
      } catch (error) {
        if (error instanceof ReadError) report(file, '', error.message);
        else throw error;
        continue;
      }
      const result = roleTextSchema.safeParse(parsed.data, { reportInput: true });
      if (!result.success) problems.push(...zodProblems(display(file), result.error));
      const split = splitSections(parsed.body);
      for (const message of [...split.problems, ...unsafeMarkdown(parsed.body)]) report(file, 'body', message);
      const words = countWords(parsed.body);
      if (words < minBodyWords) report(file, 'body', `expected at least ${minBodyWords} words of prose, found ${words}`);
      if (result.success) raw.texts[locale] = { text: result.data, sections: split.sections, body: parsed.body };
    }
    rawRoles.push(raw);
  }

  // --- references ------------------------------------------------------------------------
  // A taxonomy that failed to load is reported once above; references to it are not checked.
  const idsOf = <T>(list: T[] | undefined, key: (t: T) => string) => list && new Set(list.map(key));
  const skillIds = idsOf(skills, (s) => s.id);
  const areaIds = idsOf(areas, (a) => a.id);
  const studyCodes = idsOf(study, (s) => s.code);
  const iscoCodes = idsOf(codes?.isco08, (c) => c.code);
  const profCodes = idsOf(codes?.profstandard, (c) => c.code);
  const roleSlugs = new Set(rawRoles.map((r) => r.slug));

  for (const raw of rawRoles) {
    const file = path.join(raw.dir, 'role.yaml');
    const f = raw.file;
    if (!f) continue;
    const unknown = (field: string, what: string, value: string, known: Set<string> | undefined) => {
      if (known && !known.has(value)) report(file, field, `unknown ${what} "${value}"${didYouMean(value, known)}`);
    };
    const roleRef = (field: string, value: string) => {
      if (value === raw.slug) report(file, field, `a role cannot link to itself ("${value}")`);
      else unknown(field, 'role', value, roleSlugs);
    };
    unknown('area', 'area', f.area, areaIds);
    const seenSkills = new Set<string>();
    f.skills.forEach((s, i) => {
      unknown(`skills[${i}].id`, 'skill', s.id, skillIds);
      if (seenSkills.has(s.id)) report(file, `skills[${i}].id`, `skill "${s.id}" is listed twice`);
      seenSkills.add(s.id);
    });
    const seenRelated = new Set<string>();
    f.related.forEach((r, i) => {
      roleRef(`related[${i}].role`, r.role);
      if (seenRelated.has(r.role)) report(file, `related[${i}].role`, `role "${r.role}" is listed twice`);
      seenRelated.add(r.role);
    });
    f.career.from.forEach((slug, i) => roleRef(`career.from[${i}]`, slug));
    f.career.to.forEach((slug, i) => roleRef(`career.to[${i}]`, slug));
    f.codes.isco08.forEach((c, i) => unknown(`codes.isco08[${i}].code`, 'ISCO-08 code', c.code, iscoCodes));
    f.codes.profstandard.forEach((c, i) =>
      unknown(`codes.profstandard[${i}].code`, 'профстандарт', c.code, profCodes),
    );
    f.codes.studyDirections.forEach((code, i) =>
      unknown(`codes.studyDirections[${i}]`, 'study direction', code, studyCodes),
    );
    for (const locale of LOCALES) {
      const t = raw.texts[locale];
      if (!t) continue;
      const mdFile = path.join(raw.dir, `${locale}.md`);
      for (const slug of linkedRoleSlugs(t.body)) {
        if (slug === raw.slug) report(mdFile, 'body', `[[${slug}]]: a role cannot link to itself`);
        else if (!roleSlugs.has(slug)) report(mdFile, 'body', `[[${slug}]]: unknown role${didYouMean(slug, roleSlugs)}`);
      }
    }
    const ru = raw.texts.ru?.text;
    const en = raw.texts.en?.text;
    if (ru && en) {
      for (const list of MIRRORED_LISTS) {
        if (ru[list].length !== en[list].length) {
          report(path.join(raw.dir, 'en.md'), list, `expected ${ru[list].length} items, as in ru.md, found ${en[list].length}`);
        }
      }
    }
  }

  // A skill no role needs would be a page that leads nowhere.
  if (skills && rawRoles.every((r) => r.file)) {
    const used = new Set(rawRoles.flatMap((r) => r.file!.skills.map((s) => s.id)));
    skills.forEach((s, i) => {
      if (!used.has(s.id)) report(skillsFile, `[${i}].id`, `skill "${s.id}" is not used by any role: add it to a role or remove it`);
    });
  }

  if (problems.length > 0 || !skills || !areas || !study || !codes) return { problems };

  // --- build the typed, resolved catalogs -----------------------------------------------
  const complete = rawRoles as Required<RawRole>[];
  const index = {} as ContentIndex;
  for (const locale of LOCALES) {
    const collator = new Intl.Collator(locale);
    const titleOf = (slug: string) => complete.find((r) => r.slug === slug)!.texts[locale]!.text.title;
    const link = (slug: string): RoleLink => ({
      slug,
      title: titleOf(slug),
      areaId: complete.find((r) => r.slug === slug)!.file.area,
    });
    const skillById = new Map(skills.map((s) => [s.id, { id: s.id, kind: s.kind, ...s[locale] }]));
    const areaById = new Map(areas.map((a) => [a.id, { id: a.id, order: a.order, ...a[locale] }]));
    const studyByCode = new Map(study.map((s) => [s.code, { code: s.code, level: s.level, name: s[locale] }]));
    const name = (list: { code: string; ru: string; en: string }[], code: string) =>
      list.find((c) => c.code === code)![locale];

    const roles: Role[] = complete.map(({ slug, file: f, texts }) => {
      const t = texts[locale]!;
      return {
        ...t.text,
        locale,
        slug,
        area: areaById.get(f.area)!,
        skills: f.skills.map((s) => ({ skill: skillById.get(s.id)!, weight: s.weight })),
        related: f.related.map((r) => ({ role: link(r.role), relation: r.relation, why: r.why[locale] })),
        career: { from: f.career.from.map(link), to: f.career.to.map(link) },
        codes: {
          isco08: f.codes.isco08.map((c) => ({ ...c, name: name(codes.isco08, c.code) })),
          profstandard: f.codes.profstandard.map((c) => ({ ...c, name: name(codes.profstandard, c.code) })),
          studyDirections: f.codes.studyDirections.map((code) => studyByCode.get(code)!),
        },
        salary: f.salary.map((s) => ({ ...s, region: s.region[locale], context: s.context[locale], source: sourceRef(s.source) })),
        sources: f.sources.map(sourceRef),
        reviewed: f.reviewed,
        sections: t.sections.map((s) => ({
          id: s.id,
          heading: s.heading,
          html: renderMarkdown(
            resolveRoleLinks(s.markdown, (target) =>
              roleSlugs.has(target) ? { href: roleHref(locale, target), title: titleOf(target) } : undefined,
            ),
          ),
        })),
        linkedFrom: [],
      };
    });
    for (const role of roles) {
      const raw = complete.find((r) => r.slug === role.slug)!;
      const targets = new Set([
        ...role.related.map((r) => r.role.slug),
        ...role.career.from.map((r) => r.slug),
        ...role.career.to.map((r) => r.slug),
        ...linkedRoleSlugs(raw.texts[locale]!.body),
      ]);
      for (const target of targets) roles.find((r) => r.slug === target)?.linkedFrom.push(link(role.slug));
    }
    const catalog: LocaleCatalog = {
      locale,
      roles: roles.sort((a, b) => collator.compare(a.title, b.title)),
      skills: [...skillById.values()].sort((a, b) => collator.compare(a.label, b.label)),
      areas: [...areaById.values()].sort((a, b) => a.order - b.order),
      studyDirections: [...studyByCode.values()].sort((a, b) => a.code.localeCompare(b.code)),
    };
    index[locale] = catalog;
  }
  return { index, problems };
}

function sourceRef(ref: string): SourceRef {
  const m = SOURCE_PATTERN.exec(ref)!;
  const fromLine = Number(m[2]);
  return { ref, seed: m[1]!, file: ref.split('#')[0]!, fromLine, toLine: m[3] ? Number(m[3]) : fromLine };
}
