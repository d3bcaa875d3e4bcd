// A list of ids from the query string, as /compare and /match receive them: `a,b`, the
// form's repeated `x=a&x=b`, stray spaces, capitals, duplicates and unknown values.
const MAX_INPUT = 2000;

export interface IdSelection {
  ids: string[]; // known, deduplicated, at most `max`, in the order given
  unknown: string[]; // asked for but unknown, trimmed for display
  dropped: string[]; // known ids beyond `max`
}

export function parseIdList(raw: string | string[] | undefined, known: ReadonlySet<string>, max = Infinity): IdSelection {
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).join(',').slice(0, MAX_INPUT);
  const asked = [...new Set(values.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean))];
  const valid = asked.filter((id) => known.has(id));
  return {
    ids: valid.slice(0, max),
    dropped: valid.slice(max),
    unknown: asked.filter((id) => !known.has(id)).slice(0, 10).map((s) => s.slice(0, 60)),
  };
}
