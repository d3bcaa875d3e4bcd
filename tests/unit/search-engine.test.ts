import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '@/lib/search/engine';

const index = buildSearchIndex(
  'ru',
  [
    { slug: 'buyer', title: 'Менеджер по закупкам', aliases: ['снабженец'], summary: 'Покупает.', duties: ['Ведёт переговоры с поставщиками.'], skills: [{ id: 'neg', label: 'Переговоры', synonyms: ['ведение переговоров'], weight: 'essential' }], tools: [{ id: '1c', name: '1С:Управление торговлей', synonyms: ['1С'] }], study: [{ code: '38.03.06', name: 'Торговое дело' }], conditions: 'Работа в офисе. Бывают командировки к поставщикам.' },
    { slug: 'seller', title: 'Менеджер по продажам', aliases: ['продажник'], summary: 'Продаёт.', duties: ['Звонит клиентам.'], skills: [{ id: 'neg', label: 'Переговоры', synonyms: [], weight: 'optional' }, { id: 'docs', label: 'Делопроизводство', synonyms: [], weight: 'essential' }], tools: [], study: [{ code: '38.03.02', name: 'Менеджмент' }], conditions: 'Можно работать удалённо.' },
  ],
  [
    { kind: 'skill', id: 'neg', label: 'Переговоры', synonyms: ['ведение переговоров'] },
    { kind: 'tool', id: '1c', label: '1С:Управление торговлей', synonyms: ['1С'] },
    { kind: 'study', id: '38.03.02', label: '38.03.02 Менеджмент', synonyms: [] },
  ],
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
    expect(search(index, 'переговоры').topics.map((s) => s.topic.id)).toEqual(['neg']);
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

  it('matches the last, half-typed word as a prefix, and only the last', () => {
    expect(search(index, 'перегов').roles.map((h) => h.role.slug)).toEqual(['buyer', 'seller']);
    expect(search(index, 'перегов снабженец').roles.map((h) => h.role.slug)).toEqual(['buyer']);
    expect(search(index, 'пере').roles.length).toBe(2);
    expect(search(index, 'пер').roles.length).toBe(0);
  });

  it('finds a verb through the noun of its family', () => {
    expect(search(index, 'продавать').roles[0]!.role.slug).toBe('seller');
  });

  it('finds a role by a tool it uses, and lists the tool', () => {
    const result = search(index, '1С');
    expect(result.roles.map((h) => [h.role.slug, h.reason.kind])).toEqual([['buyer', 'tool']]);
    expect(result.topics.map((t) => [t.topic.kind, t.topic.id])).toEqual([['tool', '1c']]);
  });

  it('finds a study direction by its code, with the roles it leads to', () => {
    const result = search(index, '38.03.02');
    expect(result.roles.map((h) => h.role.slug)).toEqual(['seller']);
    expect(result.topics.map((t) => t.topic.id)).toEqual(['38.03.02']);
    expect(search(index, '38.03').roles).toEqual([]);
  });

  it('prefers a field holding the whole phrase over a word inside another', () => {
    expect(search(index, 'торговое дело').roles[0]!.role.slug).toBe('buyer');
  });

  it('reads working conditions, below every other field', () => {
    const hit = search(index, 'удалёнка').roles[0]!;
    expect([hit.role.slug, hit.reason.kind]).toEqual(['seller', 'conditions']);
  });
});
