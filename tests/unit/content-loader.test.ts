import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'content');
const tmpRoots: string[] = [];
afterAll(() => tmpRoots.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** The valid fixture set with one bad fixture laid over it. */
function load(badCase?: string) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  tmpRoots.push(root);
  fs.cpSync(path.join(FIXTURES, 'valid'), root, { recursive: true });
  if (badCase) fs.cpSync(path.join(FIXTURES, 'bad', badCase), root, { recursive: true });
  const result = loadContent(root, { minBodyWords: 20 });
  return { ...result, messages: result.problems.map(formatProblem) };
}

describe('content loader: the valid set', () => {
  it('loads every role in both locales with references resolved', () => {
    const { index, messages } = load();
    expect(messages).toEqual([]);
    expect(index!.ru.roles.map((r) => r.slug)).toEqual(['alpha-manager', 'beta-manager', 'gamma-manager', 'delta-manager']);
    const alpha = index!.en.roles.find((r) => r.slug === 'alpha-manager')!;
    expect(alpha.title).toBe('Alpha manager');
    expect(alpha.related[0]).toMatchObject({ role: { slug: 'beta-manager', title: 'Beta manager' }, relation: 'often-confused' });
    expect(alpha.skills[0]!.skill.label).toBe('Skill negotiation');
    expect(alpha.codes.studyDirections.map((d) => d.name)).toEqual(['Management', 'Management']);
    expect(alpha.salary[0]).toMatchObject({ currency: 'GBP', region: 'United Kingdom', source: { seed: '000', fromLine: 325, toLine: 327 } });
  });

  it('turns [[slug]] into a link to that role in the same locale', () => {
    const { index } = load();
    const overview = index!.en.roles.find((r) => r.slug === 'alpha-manager')!.sections[0]!;
    expect(overview).toMatchObject({ id: 'overview', heading: 'Section overview' });
    expect(overview.html).toContain('<a href="/en/roles/beta-manager">Beta manager</a>');
    const ruOverview = index!.ru.roles.find((r) => r.slug === 'alpha-manager')!.sections[0]!;
    expect(ruOverview.html).toContain('<a href="/roles/beta-manager">Бета-менеджер</a>');
  });

  it('records which roles link to each role', () => {
    const { index } = load();
    const beta = index!.ru.roles.find((r) => r.slug === 'beta-manager')!;
    expect(beta.linkedFrom.map((r) => r.slug).sort()).toEqual(['alpha-manager', 'delta-manager', 'gamma-manager']);
  });
});

describe('content loader: each rule names the file, the field and what was expected', () => {
  const cases: [string, string[]][] = [
    ['missing-field', ['content/roles/alpha-manager/ru.md: summary: missing (expected string)']],
    ['wrong-type', ['content/roles/alpha-manager/ru.md: title: expected string, got number 42']],
    ['unknown-skill', ['content/roles/alpha-manager/role.yaml: skills[3].id: unknown skill "negotiaton" (did you mean "negotiation"?)']],
    ['unknown-related-role', ['content/roles/alpha-manager/role.yaml: related[0].role: unknown role "omega-manager"']],
    ['self-link', ['content/roles/alpha-manager/role.yaml: related[0].role: a role cannot link to itself ("alpha-manager")']],
    ['duplicate-id', ['content/skills.yaml: [10].id: duplicate id "negotiation" (first at [0])']],
    ['bad-slug', ['content/roles/Alpha_Manager: slug: folder name "Alpha_Manager" is not a slug: expected lower-case latin words joined by "-", like "sales-manager"']],
    ['js-front-matter', ['content/roles/alpha-manager/ru.md: front matter must be YAML, found "---js": JavaScript front matter is never evaluated']],
    ['alias-bomb', ['content/roles/alpha-manager/role.yaml: YAML uses too many aliases (more than 50): refused as a possible alias bomb']],
    ['script-tag', ['content/roles/alpha-manager/ru.md: body: raw HTML is not allowed ("<script>alert(1)</script>")']],
    ['javascript-link', ['content/roles/alpha-manager/ru.md: body: link "javascript:alert(1)" is not allowed: use https:, http:, mailto: or a site path']],
    ['broken-prose-link', ['content/roles/alpha-manager/ru.md: body: [[beta-manger]]: unknown role (did you mean "beta-manager"?)']],
    ['salary-without-currency', ['content/roles/alpha-manager/role.yaml: salary[0].currency: missing (expected one of "RUB", "USD", "GBP", "EUR")']],
    ['list-size-mismatch', ['content/roles/alpha-manager/en.md: duties: expected 8 items, as in ru.md, found 9']],
    ['too-few-duties', ['content/roles/alpha-manager/ru.md: duties: expected at least 8 duties']],
    ['unused-skill', ['content/skills.yaml: [10].id: skill "juggling" is not used by any role: add it to a role or remove it']],
    ['missing-section', ['content/roles/alpha-manager/ru.md: body: missing section "## … {#kpi}"']],
  ];

  it.each(cases)('%s', (badCase, expected) => {
    const { index, messages } = load(badCase);
    expect(messages).toEqual(expected);
    expect(index).toBeUndefined();
  });

  it('never evaluates JavaScript front matter', () => {
    load('js-front-matter');
    expect((globalThis as Record<string, unknown>).__frontMatterWasEvaluated).toBeUndefined();
  });

  it('reads files with a byte-order mark and Windows line endings', () => {
    const { index, messages } = load('crlf-bom');
    expect(messages).toEqual([]);
    const alpha = index!.ru.roles.find((r) => r.slug === 'alpha-manager')!;
    expect(alpha.title).toBe('Альфа-менеджер');
    expect(alpha.duties).toHaveLength(8);
    expect(alpha.sections.map((s) => s.id)).toContain('related');
    expect(alpha.skills).toHaveLength(8);
  });

  it('reports every problem at once, not only the first', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    tmpRoots.push(root);
    fs.cpSync(path.join(FIXTURES, 'valid'), root, { recursive: true });
    fs.cpSync(path.join(FIXTURES, 'bad', 'unknown-skill'), root, { recursive: true });
    fs.cpSync(path.join(FIXTURES, 'bad', 'missing-field'), root, { recursive: true });
    fs.cpSync(path.join(FIXTURES, 'bad', 'duplicate-id'), root, { recursive: true });
    const messages = loadContent(root, { minBodyWords: 20 }).problems.map(formatProblem);
    expect(messages).toHaveLength(3);
  });
});
