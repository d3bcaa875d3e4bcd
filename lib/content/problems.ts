// A content problem names the file, the field and what was expected, so an editor can fix
// it without reading code. The loader collects all of them before failing.
import type { z } from 'zod';

export interface ContentProblem {
  file: string; // display path, always starting with "content/"
  field: string; // e.g. "skills[3].id"; "" for the whole file
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** `["skills", 3, "id"]` -> `skills[3].id` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'string' ? 'text' : typeof value} ${JSON.stringify(value)}`;
}

function issueMessage(issue: z.core.$ZodIssue & { input?: unknown }): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `missing (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      if (issue.input === undefined) return `missing (expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(issue.input)}`;
    default:
      return issue.message;
  }
}

export function zodProblems(file: string, error: z.ZodError, prefix: readonly PropertyKey[] = []) {
  return error.issues.map<ContentProblem>((issue) => ({
    file,
    field: fieldPath([...prefix, ...issue.path]),
    message: issueMessage(issue as z.core.$ZodIssue & { input?: unknown }),
  }));
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

export function didYouMean(value: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(value, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.min(3, Math.max(1, Math.floor(value.length / 5)))
    ? ` (did you mean "${best}"?)`
    : '';
}
