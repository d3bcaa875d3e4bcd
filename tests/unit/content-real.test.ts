// The real content in content/: the 17 roles the guide promises, each complete, checkable and
// the same in every language. Adding a role must not break these tests.
import { describe, expect, it } from 'vitest';
import { getContent, getKpis, getRole, getRoles, LOCALES } from '@/lib/content';
import { REQUIRED_PROSE_SECTION_IDS } from '@/lib/content/sections';
import { DEFAULT_LOCALE } from '@/lib/locales';

const PROMISED = [
  'sales-manager', 'marketing-manager', 'brand-manager', 'hr-manager', 'procurement-manager', 'pr-manager',
  'project-manager', 'finance-manager', 'business-development-manager', 'logistics-manager', 'it-manager',
  'product-manager', 'community-manager', 'customer-success-manager', 'account-manager',
  'learning-development-manager', 'line-manager',
];
const slugs = getRoles(DEFAULT_LOCALE).map((r) => r.slug);

describe('the guide’s content', () => {
  it('loads without a single problem', () => {
    expect(() => getContent()).not.toThrow();
  });

  it('has the 17 promised roles in every language', () => {
    for (const locale of LOCALES) expect(getRoles(locale).map((r) => r.slug)).toEqual(expect.arrayContaining(PROMISED));
  });

  it.each(slugs)('%s has every required part', (slug) => {
    for (const locale of LOCALES) {
      const role = getRole(locale, slug)!;
      expect(role.duties.length).toBeGreaterThanOrEqual(8);
      expect(role.skills.filter((s) => s.weight === 'essential').length).toBeGreaterThanOrEqual(4);
      expect(role.tools.length).toBeGreaterThanOrEqual(3);
      expect(role.kpis.length).toBeGreaterThanOrEqual(3);
      expect(role.codes.occupations[0]!.covers).toBe('work');
      const prose = role.sections.map((s) => s.id);
      for (const id of REQUIRED_PROSE_SECTION_IDS) expect(prose, `${locale} ${slug} #${id}`).toContain(id);
    }
  });

  it.each(slugs)('%s cites only sources a reader can find: a title and a publisher, never a file or a line', (slug) => {
    for (const locale of LOCALES) {
      const role = getRole(locale, slug)!;
      for (const { source } of role.sources) {
        expect(source.title.length).toBeGreaterThan(2);
        expect(source.publisher.length).toBeGreaterThan(2);
      }
      const shown = JSON.stringify({ sections: role.sections, pay: role.pay, sources: role.sources });
      expect(shown).not.toMatch(/\d{3}_[0-9a-f]{16}|\.txt#L|строк[аи] \d|lines? \d+[–-]\d+|мы пока не сверили|не сверен|not (yet )?(been )?checked|машинн\w+ перевод|machine translation/i);
    }
  });

  it('shows every pay figure with amount, measure, region, period and a source', () => {
    for (const role of getRoles(DEFAULT_LOCALE)) {
      for (const f of role.pay) {
        expect(f.amount).toBeGreaterThan(0);
        expect(f.measure && f.region.name && f.period && f.source.title).toBeTruthy();
      }
    }
  });

  it('defines each KPI once: every role shows the glossary’s own name and formula', () => {
    const glossary = new Map(getKpis(DEFAULT_LOCALE).map((k) => [k.id, k]));
    for (const role of getRoles(DEFAULT_LOCALE)) {
      for (const { kpi } of role.kpis) expect(kpi).toEqual(glossary.get(kpi.id));
    }
    const formulas = getKpis(DEFAULT_LOCALE).filter((k) => k.formula).map((k) => k.name);
    expect(new Set(formulas).size).toBe(formulas.length);
  });

  it('lists the same facts in every language', () => {
    for (const slug of slugs) {
      const [first, ...others] = LOCALES.map((l) => getRole(l, slug)!);
      for (const other of others) {
        expect(other.skills.map((s) => [s.skill.id, s.weight])).toEqual(first!.skills.map((s) => [s.skill.id, s.weight]));
        expect(other.related.map((r) => r.role.slug)).toEqual(first!.related.map((r) => r.role.slug));
        expect(other.kpis.map((k) => k.kpi.id)).toEqual(first!.kpis.map((k) => k.kpi.id));
        expect(other.tools.map((t) => t.id)).toEqual(first!.tools.map((t) => t.id));
        expect(other.codes.occupations.map((c) => [c.code, c.covers])).toEqual(first!.codes.occupations.map((c) => [c.code, c.covers]));
        expect(other.pay.map((p) => [p.amount, p.region.id, p.period, p.source.id])).toEqual(first!.pay.map((p) => [p.amount, p.region.id, p.period, p.source.id]));
        for (const list of ['duties', 'faq', 'ladder', 'entryRoutes', 'pros', 'cons'] as const) expect(other[list].length).toBe(first![list].length);
      }
    }
  });
});
