// Word families search treats as one: a verb and its noun (продавать → продажи), and the
// Cyrillic spellings people type for Latin names (джира → Jira). Stemming alone cannot join
// these: «продава» and «продаж» are different stems. Each group lists words as people type
// them; any word of a group also finds the others. Add a group here and a relevance case in
// tests/unit/search-relevance.cases.ts.
import { stem, words } from './text';

const FAMILIES: string[][] = [
  // verb ↔ noun
  ['продавать', 'продаю', 'продажи', 'продажа'],
  ['покупать', 'закупать', 'закупки', 'закупка'],
  ['нанимать', 'найм', 'наем', 'подбор'],
  ['учить', 'обучать', 'обучение'],
  ['договариваться', 'переговоры'],
  ['руководить', 'руководство', 'руководитель'],
  ['управлять', 'управление'],
  ['планировать', 'планирование'],
  ['анализировать', 'анализ', 'аналитика'],
  ['считать', 'расчеты', 'учет'],
  ['продвигать', 'продвижение'],
  ['писать', 'тексты'],
  ['возить', 'перевозить', 'перевозки', 'доставка'],
  ['помогать', 'поддержка'],
  ['sell', 'selling', 'sales'],
  ['buy', 'buying', 'purchasing', 'procurement'],
  ['hire', 'hiring', 'recruitment', 'recruiting'],
  ['teach', 'teaching', 'training'],
  ['remote', 'remotely', 'home'],
  // Cyrillic spellings of Latin names, and colloquial words
  ['смм', 'smm'],
  ['джира', 'jira'],
  ['скрам', 'scrum'],
  ['аджайл', 'эджайл', 'agile'],
  ['канбан', 'kanban'],
  ['таргетолог', 'таргет', 'таргетинг', 'таргетированная'],
  ['удаленка', 'удаленно', 'удаленная', 'удаленный', 'remote'],
  ['гибрид', 'гибридный'],
  ['эксель', 'excel'],
  ['битрикс', 'битрикс24', 'bitrix24'],
  ['амо', 'амосрм', 'amocrm'],
  ['црм', 'срм', 'crm'],
  ['сео', 'seo'],
  ['кпи', 'kpi'],
  ['айти', 'ит', 'it'],
  ['пиар', 'pr'],
  ['эйчар', 'hr'],
  ['нпс', 'nps'],
  ['фигма', 'figma'],
  ['тильда', 'tilda'],
  ['эдо', 'электронный документооборот'],
];

/** stem -> the stems of every word in its families */
const BY_STEM = new Map<string, Set<string>>();
for (const family of FAMILIES) {
  const stems = new Set(family.flatMap((w) => words(w).map(stem)));
  for (const s of stems) {
    const set = BY_STEM.get(s) ?? new Set<string>();
    for (const other of stems) if (other !== s) set.add(other);
    BY_STEM.set(s, set);
  }
}

/** Stems of words of the same family as `word` (not including its own stem). */
export function familyOf(word: string): string[] {
  return [...(BY_STEM.get(stem(word)) ?? [])];
}
