import { describe, expect, it } from 'vitest';
import { fill, getDictionary } from '@/lib/i18n';
import { formatDate, formatPeriod, formatRoubles } from '@/lib/format';
import { LOCALES } from '@/lib/locales';

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v]] : leaves(v, `${prefix}${k}.`)));
}

describe('UI dictionary', () => {
  const ru = new Map(leaves(getDictionary('ru') as unknown as Tree));
  const en = new Map(leaves(getDictionary('en') as unknown as Tree));

  it('has the same keys in every language', () => {
    for (const locale of LOCALES) expect([...leaves(getDictionary(locale) as unknown as Tree).map(([k]) => k)].sort()).toEqual([...ru.keys()].sort());
  });

  it('never writes out how many roles there are: counts come from the content', () => {
    for (const [key, value] of [...ru, ...en]) expect(value, key).not.toMatch(/\b17\b|семнадцать|seventeen/i);
  });

  it('writes roubles as ₽, never RUB, in Russian', () => {
    for (const [key, value] of ru) expect(value, key).not.toMatch(/\bRUB\b/);
  });

  it('has no empty strings', () => {
    for (const [key, value] of [...ru, ...en]) expect(value.trim(), key).not.toBe('');
  });

  it('keeps Cyrillic out of English strings, except where naming Russian things on purpose', () => {
    const allowed = new Set<string>([]);
    for (const [key, value] of en) if (!allowed.has(key)) expect(value, key).not.toMatch(/[а-яё]/i);
  });

  it('gives Russian strings in Russian (Latin only in names and codes)', () => {
    // Names of sites and products are Latin in Russian too.
    const allowed = new Set(['role.vacancies.sites.hh', 'role.vacancies.sites.superjob', 'home.examples.1']);
    for (const [key, value] of ru) {
      if (allowed.has(key)) continue;
      expect(value.replace(/\{\w+\}/g, ''), key).not.toMatch(/^[^а-яё]*[a-z]{3,}[^а-яё]*$/i);
    }
  });
});

describe('formatting', () => {
  it('fills placeholders', () => {
    expect(fill('Статья {seed}, строки {from}–{to}', { seed: '000', from: 9, to: 17 })).toBe('Статья 000, строки 9–17');
  });

  it('formats dates in each language', () => {
    expect(formatDate('ru', '2026-11-23')).toBe('23 ноября 2026 г.');
    expect(formatDate('en', '2026-11-23')).toBe('23 November 2026');
  });

  it('formats pay periods as readers say them', () => {
    expect(formatPeriod('ru', '2025')).toBe('2025');
    expect(formatPeriod('ru', '2025-10')).toBe('октябрь 2025');
    expect(formatPeriod('ru', '2024-01/2024-09')).toBe('январь–сентябрь 2024');
    expect(formatPeriod('en', '2024-01/2024-09')).toBe('January–September 2024');
    expect(formatPeriod('en', '2023-11/2024-02')).toBe('November 2023 – February 2024');
  });

  it('writes roubles the way each language does', () => {
    expect(formatRoubles('ru', 115700).replace(/\s/g, ' ')).toBe('115 700 ₽');
    expect(formatRoubles('en', 115700)).toBe('₽115,700');
  });
});

describe('plural', () => {
  it('uses Russian plural forms', async () => {
    const { plural, getDictionary } = await import('@/lib/i18n');
    const forms = getDictionary('ru').counts.roles;
    expect([1, 3, 5, 21, 11].map((n) => plural('ru', n, forms))).toEqual(['1 роль', '3 роли', '5 ролей', '21 роль', '11 ролей']);
    expect(plural('en', 1, getDictionary('en').counts.roles)).toBe('1 role');
  });
});

describe('role titles', () => {
  it('are in sentence case in English: only the first word and acronyms capitalised', async () => {
    const { getContent } = await import('@/lib/content');
    for (const role of getContent().en.roles) expect(role.title, role.slug).toMatch(/^(?:[A-Z][a-z]+|[A-Z]{2,})(?: (?:[a-z]+|[A-Z]{2,}))*$/);
  });
});
