// The real content in content/: the 17 roles the guide promises, each complete and reachable.
import { describe, expect, it } from 'vitest';
import { getContent, getRole, getRoles, LOCALES, SECTION_IDS } from '@/lib/content';

const SLUGS = [
  'sales-manager', 'marketing-manager', 'brand-manager', 'hr-manager', 'procurement-manager', 'pr-manager',
  'project-manager', 'finance-manager', 'business-development-manager', 'logistics-manager', 'it-manager',
  'product-manager', 'community-manager', 'customer-success-manager', 'account-manager',
  'learning-development-manager', 'line-manager',
];

describe('the guide’s content', () => {
  it('loads without a single problem', () => {
    expect(() => getContent()).not.toThrow();
  });

  it('has exactly the 17 promised roles in both languages', () => {
    for (const locale of LOCALES) expect(getRoles(locale).map((r) => r.slug).sort()).toEqual([...SLUGS].sort());
  });

  it.each(SLUGS)('%s has every required part', (slug) => {
    for (const locale of LOCALES) {
      const role = getRole(locale, slug)!;
      expect(role.aliases.length).toBeGreaterThanOrEqual(3);
      expect(role.duties.length).toBeGreaterThanOrEqual(8);
      expect(role.skills.length).toBeGreaterThanOrEqual(8);
      expect(role.skills.filter((s) => s.weight === 'essential').length).toBeGreaterThanOrEqual(4);
      expect(role.kpis.length).toBeGreaterThanOrEqual(3);
      expect(role.faq.length).toBeGreaterThanOrEqual(3);
      expect(role.related.length).toBeGreaterThanOrEqual(3);
      expect(role.codes.isco08.length).toBeGreaterThanOrEqual(1);
      expect(role.codes.studyDirections.length).toBeGreaterThanOrEqual(1);
      expect(role.sources.length).toBeGreaterThanOrEqual(1);
      const prose = role.sections.map((s) => s.id);
      for (const id of SECTION_IDS.slice(0, 9)) expect(prose, `${locale} ${slug} #${id}`).toContain(id);
    }
  });

  it.each(SLUGS)('%s is linked from at least two other roles', (slug) => {
    const from = getRole('ru', slug)!.linkedFrom.map((r) => r.slug);
    expect(from.length, `${slug} is linked from ${from.join(', ') || 'nothing'}`).toBeGreaterThanOrEqual(2);
  });

  it('shows every salary with its currency, period, region, context and a seed source', () => {
    for (const role of getRoles('ru')) {
      for (const s of role.salary) {
        expect(s.min ?? s.max).toBeGreaterThan(0);
        expect(s.region && s.context && s.currency && s.period).toBeTruthy();
        expect(role.sources.some((src) => src.file === s.source.file) || s.source.file).toBeTruthy();
      }
    }
  });

  it('lists the same skills, links, codes and salary figures in both languages', () => {
    for (const slug of SLUGS) {
      const [ru, en] = [getRole('ru', slug)!, getRole('en', slug)!];
      expect(en.skills.map((s) => [s.skill.id, s.weight])).toEqual(ru.skills.map((s) => [s.skill.id, s.weight]));
      expect(en.related.map((r) => r.role.slug)).toEqual(ru.related.map((r) => r.role.slug));
      expect(en.codes).toEqual({ ...ru.codes, isco08: en.codes.isco08, profstandard: en.codes.profstandard, studyDirections: en.codes.studyDirections });
      expect(en.codes.isco08.map((c) => c.code)).toEqual(ru.codes.isco08.map((c) => c.code));
      expect(en.salary.map((s) => [s.min, s.max, s.currency, s.period])).toEqual(ru.salary.map((s) => [s.min, s.max, s.currency, s.period]));
      for (const list of ['duties', 'kpis', 'faq', 'ladder', 'entryRoutes', 'pros', 'cons'] as const) expect(en[list].length).toBe(ru[list].length);
    }
  });
});
