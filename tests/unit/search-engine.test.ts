import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '@/lib/search/engine';

const index = buildSearchIndex(
  'ru',
  [
    { slug: 'buyer', title: 'Менеджер по закупкам', aliases: ['снабженец'], summary: 'Покупает.', duties: ['Ведёт переговоры с поставщиками.'], skills: [{ id: 'neg', label: 'Переговоры', synonyms: ['ведение переговоров'], weight: 'essential' }] },
    { slug: 'seller', title: 'Менеджер по продажам', aliases: ['продажник'], summary: 'Продаёт.', duties: ['Звонит клиентам.'], skills: [{ id: 'neg', label: 'Переговоры', synonyms: [], weight: 'optional' }] },
  ],
  [{ id: 'neg', label: 'Переговоры', synonyms: ['ведение переговоров'] }],
);

describe('search engine', () => {
  it('ranks an essential skill above an optional one', () => {
    expect(search(index, 'переговорами').roles.map((h) => h.role.slug)).toEqual(['buyer', 'seller']);
  });

  it('ranks an alias above everything and explains the match with highlights', () => {
    const [hit] = search(index, 'Снабженец').roles;
    expect(hit!.reason).toEqual({ kind: 'alias', text: { text: 'снабженец', marks: [[0, 9]] } });
  });

  it('marks the matched words inside the reason text', () => {
    const hit = search(index, 'звонит').roles[0]!;
    expect(hit.reason.kind).toBe('duty');
    const { text, marks } = hit.reason.text;
    expect(marks.map(([a, b]) => text.slice(a, b))).toEqual(['Звонит']);
  });

  it('finds skills as well as roles', () => {
    expect(search(index, 'переговоры').skills.map((s) => s.skill.id)).toEqual(['neg']);
  });

  it('says what is wrong with an empty, blank or one-letter query', () => {
    expect(search(index, '').problem).toBe('empty');
    expect(search(index, '   \n\t ').problem).toBe('empty');
    expect(search(index, '<>"\'/').problem).toBe('empty');
    expect(search(index, 'я').problem).toBe('too-short');
  });

  it('cuts a very long query and still answers', () => {
    const result = search(index, 'переговоры '.repeat(50));
    expect(result.problem).toBe('truncated');
    expect(result.query.length).toBe(200);
    expect(result.roles[0]!.role.slug).toBe('buyer');
  });

  it('keeps markup as plain text and finds the words inside it', () => {
    const result = search(index, '<script>alert("переговоры")</script>');
    expect(result.query).toBe('<script>alert("переговоры")</script>');
    expect(result.roles.length).toBe(2);
  });

  it('corrects the keyboard layout and says so', () => {
    const result = search(index, 'cyf,;tytw');
    expect(result).toMatchObject({ query: 'снабженец', correctedFrom: 'cyf,;tytw' });
    expect(result.roles[0]!.role.slug).toBe('buyer');
  });

  it('tolerates one typo in words of five letters or more, not in shorter ones', () => {
    expect(search(index, 'переговры').roles.length).toBe(2);
    expect(search(index, 'звнит').roles.length).toBe(1);
    expect(search(index, 'звн').roles.length).toBe(0);
  });
});
