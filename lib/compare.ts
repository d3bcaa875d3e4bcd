// Which roles /compare shows, from whatever the query string holds: `roles=a,b`, the
// form's repeated `roles=a&roles=b`, stray spaces, capitals, duplicates or unknown slugs.
export const MAX_COMPARED = 3;
export const MIN_COMPARED = 2;
const MAX_INPUT = 500;

export interface CompareSelection {
  slugs: string[]; // known, deduplicated, at most MAX_COMPARED, in the order given
  unknown: string[]; // what was asked for but is not a role (trimmed for display)
  dropped: string[]; // known roles beyond MAX_COMPARED
}

export function parseCompareSelection(raw: string | string[] | undefined, known: ReadonlySet<string>): CompareSelection {
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).join(',').slice(0, MAX_INPUT);
  const asked = [...new Set(values.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean))];
  const valid = asked.filter((slug) => known.has(slug));
  return {
    slugs: valid.slice(0, MAX_COMPARED),
    dropped: valid.slice(MAX_COMPARED),
    unknown: asked.filter((slug) => !known.has(slug)).map((s) => s.slice(0, 60)),
  };
}

/** Items that appear in every one of the lists (for "shared skill" marks). */
export function sharedItems<T>(lists: T[][]): Set<T> {
  if (lists.length === 0) return new Set();
  return new Set(lists[0]!.filter((item) => lists.every((list) => list.includes(item))));
}
