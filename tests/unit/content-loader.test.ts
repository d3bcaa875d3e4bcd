// The content check: each rule's bad case is a small edit of the valid fixture set, written
// next to the message it must produce. Real files are kept only where the bytes matter.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';

const VALID = path.join(__dirname, '..', 'fixtures', 'content', 'valid');
const tmpRoots: string[] = [];
afterAll(() => tmpRoots.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A file's new content: text, bytes, a change to its text, `null` to delete it, or a symlink. */
type Change = string | Buffer | ((text: string) => string) | null | { symlinkTo: string };
type Edit = Record<string, Change>;

const ALPHA = 'roles/alpha-manager';
const replace = (from: string | RegExp, to: string) => (text: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit found nothing to replace: ${String(from)}`);
  return next;
};

/** The valid set copied to a fresh folder, with the edit applied. */
function fixture(edit: Edit = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  tmpRoots.push(root);
  fs.cpSync(VALID, root, { recursive: true });
  for (const [file, change] of Object.entries(edit)) {
    const target = path.join(root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (change === null) fs.rmSync(target, { recursive: true, force: true });
    else if (typeof change === 'function') fs.writeFileSync(target, change(fs.readFileSync(target, 'utf8')));
    else if (typeof change === 'object' && !Buffer.isBuffer(change)) {
      fs.rmSync(target, { force: true });
      fs.symlinkSync(change.symlinkTo, target);
    } else fs.writeFileSync(target, change);
  }
  return root;
}

function load(edit?: Edit) {
  const result = loadContent(fixture(edit), { minBodyWords: 20 });
  return { ...result, messages: result.problems.map(formatProblem) };
}

describe('content loader: the valid set', () => {
  it('loads every role in both languages with references resolved', () => {
    const { index, messages } = load();
    expect(messages).toEqual([]);
    expect(index!.ru.roles.map((r) => r.slug)).toEqual(['alpha-manager', 'beta-manager', 'gamma-manager', 'delta-manager']);
    const alpha = index!.en.roles.find((r) => r.slug === 'alpha-manager')!;
    expect(alpha.title).toBe('Alpha manager');
    expect(alpha.related[0]).toMatchObject({ role: { slug: 'beta-manager', title: 'Beta manager' }, relation: 'often-confused', why: 'How it differs from beta-manager.' });
    expect(alpha.skills[0]!.skill.label).toBe('Skill negotiation');
    expect(alpha.tools.map((t) => t.name)).toEqual(['Spreadsheets', 'Tracker', 'CRM']);
    expect(alpha.codes.studyDirections.map((d) => d.name)).toEqual(['Management', 'Management']);
    expect(alpha.codes.occupations.map((c) => [c.code, c.name, c.covers])).toEqual([
      ['2423', 'Personnel and careers professionals', 'work'],
      ['1212', 'Human resource managers', 'head'],
    ]);
    expect(index!.ru.roles.find((r) => r.slug === 'alpha-manager')!.codes.occupations[0]!.name).toBe('Специалисты по кадрам');
  });

  it('gives each KPI the glossary definition, with the role’s own note', () => {
    const alpha = load().index!.ru.roles.find((r) => r.slug === 'alpha-manager')!;
    expect(alpha.kpis[0]).toMatchObject({ kpi: { id: 'kpi-one', name: 'Показатель один', formula: 'Факт ÷ План × 100 %' }, note: 'Особая заметка.' });
    expect(alpha.kpis[1]!.note).toBeUndefined();
  });

  it('keeps editor notes and evidence out of the records pages receive', () => {
    const alpha = load().index!.ru.roles.find((r) => r.slug === 'alpha-manager')!;
    const article = alpha.sources.find((s) => s.source.id === 'fixture-article')!.source;
    expect(article).toMatchObject({ title: 'Статья-источник', publisher: 'Пример издания', author: 'Иван Петров', published: '2024-05' });
    expect(JSON.stringify(alpha)).not.toMatch(/editorNote|evidence|seeds\/|\.txt#L/);
  });

  it('marks pay figures more than three years older than the review as outdated, current first', () => {
    const alpha = load().index!.en.roles.find((r) => r.slug === 'alpha-manager')!;
    expect(alpha.pay.map((p) => [p.id, p.outdated])).toEqual([
      ['moscow-2025', false],
      ['spb-2025', false],
      ['old-2019', true],
    ]);
    expect(alpha.pay[0]).toMatchObject({ region: { name: 'Moscow' }, who: 'Alpha managers in job ads', periodEnd: '2025-12-31' });
  });

  it('takes the review date from the latest review record', () => {
    const root = fixture({
      [`${ALPHA}/review.yaml`]: (t) => `${t}- { date: 2026-12-01, languages: [ru, en], checked: [facts, language], firstReader: A, secondReader: B, changed: [nothing] }\n`,
    });
    const alpha = loadContent(root, { minBodyWords: 20 }).index!.ru.roles.find((r) => r.slug === 'alpha-manager')!;
    expect(alpha.reviewed).toBe('2026-12-01');
  });

  it('turns [[slug]] into a link to that role in the same language', () => {
    const { index } = load();
    const overview = index!.en.roles.find((r) => r.slug === 'alpha-manager')!.sections[0]!;
    expect(overview).toMatchObject({ id: 'overview', heading: 'Section overview' });
    expect(overview.html).toContain('<a href="/en/roles/beta-manager">Beta manager</a>');
    const ruOverview = index!.ru.roles.find((r) => r.slug === 'alpha-manager')!.sections[0]!;
    expect(ruOverview.html).toContain('<a href="/roles/beta-manager">Бета-менеджер</a>');
  });
});

const RU = `${ALPHA}/ru.md`;
const EN = `${ALPHA}/en.md`;
const ROLE = `${ALPHA}/role.yaml`;
/** A fifth role, a copy of delta, that no other role links to. */
function newRole(slug: string, title: string): Edit {
  const from = (file: string) => fs.readFileSync(path.join(VALID, 'roles/delta-manager', file), 'utf8');
  const rename = (t: string) => t.replace(/^title: .*$/m, `title: ${title}`);
  return {
    [`roles/${slug}/role.yaml`]: from('role.yaml'),
    [`roles/${slug}/review.yaml`]: from('review.yaml'),
    [`roles/${slug}/ru.md`]: rename(from('ru.md')),
    [`roles/${slug}/en.md`]: rename(from('en.md')),
    'quiz.yaml': (t) => `${t}  - role: ${slug}\n    onet: [11-1021.00]\n    interests: { realistic: 2, investigative: 2, artistic: 1, social: 3, enterprising: 7, conventional: 5 }\n`,
  };
}
const deepYaml = `${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} x\n`;

describe('content loader: each rule names the file, the field and what was expected', () => {
  const cases: [string, Edit, string[]][] = [
    // --- shape of the files
    ['missing field', { [RU]: replace(/^summary: .*\n/m, '') }, ['content/roles/alpha-manager/ru.md: summary: missing (expected string)']],
    ['wrong type', { [RU]: replace('title: Альфа-менеджер', 'title: 42') }, ['content/roles/alpha-manager/ru.md: title: expected string, got number 42']],
    ['too few duties', { [RU]: replace(/  duty-8: .*\n/, ''), [EN]: replace(/  duty-8: .*\n/, '') }, ['content/roles/alpha-manager/ru.md: duties: expected at least 8 duties', 'content/roles/alpha-manager/en.md: duties: expected at least 8 duties']],
    ['missing section', { [RU]: replace(/## Раздел kpi \{#kpi\}\n\n[^\n]*\n/, '') }, ['content/roles/alpha-manager/ru.md: body: missing section "## … {#kpi}"']],
    ['missing file', { [`${ALPHA}/review.yaml`]: null }, ['content/roles/alpha-manager/review.yaml: missing file']],
    ['bad slug', { 'roles/Alpha_Manager/role.yaml': 'area: commerce\n' }, ['content/roles/Alpha_Manager: slug: folder name "Alpha_Manager" is not a slug: expected lower-case latin words joined by "-", like "sales-manager"']],
    // --- references between files
    ['unknown skill', { [ROLE]: replace('{ id: listening, weight: essential }', '{ id: negotiaton, weight: essential }') }, ['content/roles/alpha-manager/role.yaml: skills[3].id: unknown skill "negotiaton" (did you mean "negotiation"?)']],
    ['unknown related role', { [ROLE]: replace('{ role: beta-manager, relation: often-confused }', '{ role: omega-manager, relation: often-confused }') }, [
      'content/roles/alpha-manager/role.yaml: related[0].role: unknown role "omega-manager"',
      'content/roles/alpha-manager/ru.md: related.beta-manager: no related role "beta-manager" in role.yaml (did you mean "delta-manager"?)',
      'content/roles/alpha-manager/ru.md: related: missing text for related role "omega-manager" listed in role.yaml',
      'content/roles/alpha-manager/en.md: related.beta-manager: no related role "beta-manager" in role.yaml (did you mean "delta-manager"?)',
      'content/roles/alpha-manager/en.md: related: missing text for related role "omega-manager" listed in role.yaml',
    ]],
    ['self link', { [ROLE]: replace('{ role: gamma-manager, relation: works-with }', '{ role: alpha-manager, relation: works-with }') }, [
      'content/roles/alpha-manager/role.yaml: related[1].role: a role cannot link to itself ("alpha-manager")',
      'content/roles/alpha-manager/ru.md: related.gamma-manager: no related role "gamma-manager" in role.yaml',
      'content/roles/alpha-manager/ru.md: related: missing text for related role "alpha-manager" listed in role.yaml',
      'content/roles/alpha-manager/en.md: related.gamma-manager: no related role "gamma-manager" in role.yaml',
      'content/roles/alpha-manager/en.md: related: missing text for related role "alpha-manager" listed in role.yaml',
    ]],
    ['unknown source', { [ROLE]: replace('- { id: fixture-article }', '- { id: fixture-artcle }') }, ['content/roles/alpha-manager/role.yaml: sources[0].id: unknown source "fixture-artcle" (did you mean "fixture-article"?)']],
    ['unknown source of a pay figure', { [ROLE]: replace('period: "2025", source: fixture-pay-study }', 'period: "2025", source: hh-2025 }') }, ['content/roles/alpha-manager/role.yaml: pay[0].source: unknown source "hh-2025"']],
    ['unknown KPI', { [ROLE]: replace('kpis: [ kpi-one,', 'kpis: [ kpi-uno,') }, ['content/roles/alpha-manager/role.yaml: kpis[0]: unknown KPI "kpi-uno"', 'content/roles/alpha-manager/ru.md: kpiNotes.kpi-one: no KPI "kpi-one" in role.yaml', 'content/roles/alpha-manager/en.md: kpiNotes.kpi-one: no KPI "kpi-one" in role.yaml']],
    ['unknown tool', { [ROLE]: replace('tools: [ tool-one,', 'tools: [ tool-on,') }, ['content/roles/alpha-manager/role.yaml: tools[0]: unknown tool "tool-on" (did you mean "tool-one"?)']],
    ['unknown occupation code', { [ROLE]: replace('{ code: "1212", covers: head }', '{ code: "1221", covers: head }') }, ['content/roles/alpha-manager/role.yaml: codes.occupations[1].code: unknown occupation code "1221"']],
    ['unknown профстандарт', { [ROLE]: replace('profstandards: [ "07.003" ]', 'profstandards: [ "07.030" ]') }, ['content/roles/alpha-manager/role.yaml: codes.profstandards[0]: unknown профстандарт "07.030"']],
    ['first code is not the work described', { [ROLE]: replace('{ code: "2423", covers: work }', '{ code: "2423", covers: head }') }, ['content/roles/alpha-manager/role.yaml: codes.occupations: expected the first code to cover "work": the group of the work the page describes']],
    ['a code checked against an unknown text', { 'codes.yaml': replace('sources: [fixture-okz] }\n  - { code: "1212"', 'sources: [okz-2014] }\n  - { code: "1212"') }, ['content/codes.yaml: occupations[0].sources[0]: unknown source "okz-2014"']],
    ['broken prose link', { [RU]: replace('См. [[beta-manager]]', 'См. [[beta-manger]]') }, ['content/roles/alpha-manager/ru.md: body: [[beta-manger]]: unknown role (did you mean "beta-manager"?)']],
    ['duplicate id', { 'skills.yaml': (t) => `${t}- { id: negotiation, kind: skill, ru: { label: Ещё раз }, en: { label: Again } }\n` }, ['content/skills.yaml: [10].id: duplicate id "negotiation" (first at [0])']],
    ['unused skill', { 'skills.yaml': (t) => `${t}- { id: juggling, kind: skill, ru: { label: Жонглирование }, en: { label: Juggling } }\n` }, ['content/skills.yaml: [10].id: skill "juggling" is not used by any role: add it to a role or remove it']],
    ['lists keyed by different ids', { [EN]: replace('  duty-8: Does duty 8', '  duty-eight: Does duty 8') }, ['content/roles/alpha-manager/en.md: duties: expected the ids duty-1, duty-2, duty-3, duty-4, duty-5, duty-6, duty-7, duty-8, as in ru.md, found duty-1, duty-2, duty-3, duty-4, duty-5, duty-6, duty-7, duty-eight']],
    ['text for a pay figure that does not exist', { [EN]: replace('  old-2019: Alpha managers, old data', '  old-2018: Alpha managers, old data') }, ['content/roles/alpha-manager/en.md: pay.old-2018: no pay figure "old-2018" in role.yaml (did you mean "old-2019"?)', 'content/roles/alpha-manager/en.md: pay: missing text for pay figure "old-2019" listed in role.yaml']],
    ['a role no other role links to', newRole('epsilon-manager', 'Epsilon'), ['content/roles/epsilon-manager/role.yaml: only 0 other roles link here (none): link it from at least 2 (related, career or [[epsilon-manager]] in prose)']],
    // --- quiz
    ['a quiz statement of an unknown dimension', { 'quiz.yaml': replace('dimension: realistic\n', 'dimension: realistc\n') }, ['content/quiz.yaml: statements[0].dimension: unknown dimension "realistc" (did you mean "realistic"?)']],
    ['a role without a quiz profile', { 'quiz.yaml': replace(/  - role: alpha-manager\n(    .*\n)+?(?=  - role)/, '') }, ['content/quiz.yaml: profiles: no profile for role "alpha-manager": every role must be weighted']],
    ['a quiz score off the scale', { 'quiz.yaml': replace('enterprising: 6.1,', 'enterprising: 9,') }, ['content/quiz.yaml: profiles[0].interests.enterprising: expected a score from 1 to 7, got 9']],
    ['a quiz profile missing an interest', { 'quiz.yaml': replace(' social: 2.6,', '') }, ['content/quiz.yaml: profiles[0].interests: missing "social": every role needs every interest score']],
    ['too few quiz statements', { 'quiz.yaml': replace(/  - id: (goods|causes|invent|help|responsibility|order|numbers)\n(    .*\n){3}/g, '') }, ['content/quiz.yaml: statements: expected at least 24 statements']],
    // --- pay
    ['pay without a region', { [ROLE]: replace('scope: role, region: spb, period', 'scope: role, period') }, ['content/roles/alpha-manager/role.yaml: pay[0].region: missing (expected string)']],
    ['pay with an impossible period', { [ROLE]: replace('region: spb, period: "2025"', 'region: spb, period: "2025-13"') }, ['content/roles/alpha-manager/role.yaml: pay[0].period: expected a year, a month or a span: "2025", "2025-10", "2024-01/2024-09"']],
    // --- dates
    ['an impossible date', { 'sources/all.yaml': replace('published: 2024-05\n', 'published: 2024-02-30\n') }, ['content/sources/all.yaml: [1].published: expected a year, a month or a date: "2025", "2025-10" or "2025-10-14"']],
    ['an impossible review date', { [`${ALPHA}/review.yaml`]: replace('date: 2026-11-23', 'date: 2026-11-31') }, ['content/roles/alpha-manager/review.yaml: [0].date: expected a real date like 2026-11-23']],
    // --- what must never reach a page
    ['js front matter', { [RU]: replace(/^---\n/, '---js\n') }, ['content/roles/alpha-manager/ru.md: front matter must be YAML, found "---js": JavaScript front matter is never evaluated']],
    ['script tag', { [RU]: replace('## Раздел duties {#duties}\n', '## Раздел duties {#duties}\n\n<script>alert(1)</script>\n') }, ['content/roles/alpha-manager/ru.md: body: raw HTML is not allowed ("<script>alert(1)</script>")']],
    ['javascript link', { [RU]: replace('[[beta-manager]]', '[ссылку](javascript:alert(1))') }, ['content/roles/alpha-manager/ru.md: body: link "javascript:alert(1)" is not allowed: use https:, http:, mailto: or a site path']],
    ['reference-style link', { [RU]: replace('[[beta-manager]].\n', '[ссылку][1].\n\n[1]: javascript:alert(1)\n') }, [
      'content/roles/alpha-manager/ru.md: body: reference-style links are not allowed ("1"): write [text](https://…) inline',
      'content/roles/alpha-manager/ru.md: body: reference-style links are not allowed ("1"): write [text](https://…) inline',
    ]],
    ['NUL in a title', { [RU]: replace('title: Альфа-менеджер', 'title: "Альфа\\0-менеджер"') }, ['content/roles/alpha-manager/ru.md: title: invisible or control character in "Альфа\\\\u{0000}-менеджер": remove it']],
    ['bidirectional control in a file', { [EN]: replace('title: Alpha manager', 'title: Alpha\u202Emanager') }, ['content/roles/alpha-manager/en.md: line 2: invisible or control character in "title: Alpha\\\\u{202E}manager": remove it']],
    ['two roles with one title', { 'roles/beta-manager/en.md': replace('title: Beta manager', 'title: Alpha Manager') }, ['content/roles/beta-manager/en.md: title: "Alpha Manager" is already the title of alpha-manager: titles must differ']],
    // --- hostile files
    ['alias bomb', { [ROLE]: (t) => `${t}bomb: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 60 }, (_, i) => `b${i}: *a`).join('\n')}\n` }, ['content/roles/alpha-manager/role.yaml: YAML uses too many aliases (more than 50): refused as a possible alias bomb']],
    ['undefined alias', { [ROLE]: (t) => `${t}extra: *nowhere\n` }, ['content/roles/alpha-manager/role.yaml: invalid YAML: an alias (*name) refers to an anchor (&name) that is not defined before it']],
    ['deeply nested YAML', { [ROLE]: (t) => t + deepYaml }, ['content/roles/alpha-manager/role.yaml: YAML nests 40 levels deep at line 76: at most 12 are allowed']],
    ['deeply nested Markdown', { [RU]: (t) => `${t}\n${'> '.repeat(5000)}текст\n` }, ['content/roles/alpha-manager/ru.md: Markdown nests 5000 levels deep (quotes and lists) at line 103: at most 8 are allowed']],
    ['a symlinked file', { [`${ALPHA}/en.md`]: { symlinkTo: '/etc/hostname' } }, ['content/roles/alpha-manager/en.md: symbolic links are not followed: content must live inside content/']],
    ['a file that is not UTF-8', { [EN]: Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]) }, ['content/roles/alpha-manager/en.md: not valid UTF-8 (first bad byte at offset 14): save the file as UTF-8']],
    ['a file over the size limit', { [EN]: (t) => t + 'word '.repeat(60_000) }, ['content/roles/alpha-manager/en.md: file is 296 kB: content files may be at most 256 kB']],
  ];

  it.each(cases)('%s', (_name, edit, expected) => {
    const { index, messages } = load(edit);
    expect(messages).toEqual(expected);
    expect(index).toBeUndefined();
  });

  it('never evaluates JavaScript front matter', () => {
    load({ [RU]: replace(/^---\n/, '---js\nglobalThis.__frontMatterWasEvaluated = true\n') });
    expect((globalThis as Record<string, unknown>).__frontMatterWasEvaluated).toBeUndefined();
  });

  it('checks deep nesting in well under a second, without parsing it', () => {
    const started = performance.now();
    load({ [RU]: (t) => `${t}\n${'- '.repeat(20_000)}x\n`, [ROLE]: (t) => `${t}deep: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n` });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads files with a byte-order mark and Windows line endings', () => {
    const crlf = (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`;
    const { index, messages } = load({ [RU]: crlf, [ROLE]: crlf, 'skills.yaml': crlf });
    expect(messages).toEqual([]);
    const alpha = index!.ru.roles.find((r) => r.slug === 'alpha-manager')!;
    expect(alpha.title).toBe('Альфа-менеджер');
    expect(alpha.duties).toHaveLength(8);
    expect(alpha.sections.map((s) => s.id)).toContain('related');
  });

  it('reports every problem at once, not only the first', () => {
    const { messages } = load({
      [ROLE]: replace('tools: [ tool-one,', 'tools: [ tool-on,'),
      [RU]: replace(/^summary: .*\n/m, ''),
      'sources/all.yaml': replace('published: 2024-05\n', 'published: 2024-02-30\n'),
    });
    expect(messages).toHaveLength(3);
  });
});
