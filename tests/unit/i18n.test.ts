import { describe, expect, it } from 'vitest';
import { fill, formatDate, getDictionary } from '@/lib/i18n';

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v]] : leaves(v, `${prefix}${k}.`)));
}

describe('UI dictionary', () => {
  const ru = new Map(leaves(getDictionary('ru') as unknown as Tree));
  const en = new Map(leaves(getDictionary('en') as unknown as Tree));

  it('has the same keys in both locales', () => {
    expect([...en.keys()].sort()).toEqual([...ru.keys()].sort());
  });

  it('has no empty strings', () => {
    for (const [key, value] of [...ru, ...en]) expect(value.trim(), key).not.toBe('');
  });

  it('keeps Cyrillic out of English strings, except where naming Russian things on purpose', () => {
    const allowed = new Set(['languageSwitch.label', 'languageSwitch.hint']);
    for (const [key, value] of en) if (!allowed.has(key)) expect(value, key).not.toMatch(/[а-яё]/i);
  });

  it('gives Russian strings in Russian (Latin only in names and codes)', () => {
    const allowed = new Set(['languageSwitch.label', 'languageSwitch.hint', 'languageSwitch.lang', 'role.isco', 'role.codesTable.isco', 'role.codesTable.iscoNameNote']);
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
});

describe('plural', () => {
  it('uses Russian plural forms', async () => {
    const { plural, getDictionary } = await import('@/lib/i18n');
    const forms = getDictionary('ru').study.rolesCount;
    expect([1, 3, 5, 21, 11].map((n) => plural('ru', n, forms))).toEqual(['1 роль', '3 роли', '5 ролей', '21 роль', '11 ролей']);
    expect(plural('en', 1, getDictionary('en').study.rolesCount)).toBe('1 role');
  });
});
