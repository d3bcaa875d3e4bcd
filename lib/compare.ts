// Which roles /compare shows: two or three known role slugs from the query string.
import { parseIdList } from './query-list';

export const MAX_COMPARED = 3;
export const MIN_COMPARED = 2;

export interface CompareSelection {
  slugs: string[];
  unknown: string[];
  dropped: string[];
}

export function parseCompareSelection(raw: string | string[] | undefined, known: ReadonlySet<string>): CompareSelection {
  const { ids, unknown, dropped } = parseIdList(raw, known, MAX_COMPARED);
  return { slugs: ids, unknown, dropped };
}

/** Items that appear in every one of the lists (for "shared skill" marks). */
export function sharedItems<T>(lists: T[][]): Set<T> {
  if (lists.length === 0) return new Set();
  return new Set(lists[0]!.filter((item) => lists.every((list) => list.includes(item))));
}
