// The interest quiz's model: pure functions, no content loading, no React.
//
// Each statement measures one dimension (a Holland/RIASEC interest or a work activity). A reader
// answers 1–5; their profile on a dimension is the mean of its answers mapped to −1…+1, then
// centred across dimensions, so someone who agrees with everything has a flat profile rather
// than a strong one. Each role's profile is its nearest O*NET occupation's scores, scaled to the
// same range and centred twice: across roles (so the Enterprising interest every manager shares
// does not decide anything) and across dimensions. The match is the correlation of the two
// profiles (−1…+1). The same answers always give the same ranking; nothing is random or stored.
import { QUIZ_ANSWERS, QUIZ_SCALE, type QuizFile } from './content/schema';

/** A reader whose centred profile is flatter than this (root mean square, 0…1) gets no confident result. */
export const MIN_SPREAD = 0.2;
/** …nor does one whose best match correlates less than this. */
export const MIN_TOP_SCORE = 0.2;
/** How many top roles the result explains and offers to compare. */
export const EXPLAINED_ROLES = 3;
/** At most this many dimensions explain one role. */
const REASONS_PER_ROLE = 3;

export interface QuizModel {
  version: number;
  dimensions: { id: string }[];
  /** Statements in the order they are asked (and encoded in result links). */
  statements: { id: string; dimension: string }[];
  /** Each role's centred weights by dimension id. */
  profiles: { role: string; weights: Record<string, number> }[];
}

/**
 * The order statements are asked in: one from each dimension in turn, so no two neighbours
 * measure the same thing. Derived from the file, so editors keep statements grouped.
 */
export function askOrder<T extends { dimension: string }>(statements: readonly T[]): T[] {
  const byDimension = new Map<string, T[]>();
  for (const s of statements) byDimension.set(s.dimension, [...(byDimension.get(s.dimension) ?? []), s]);
  const queues = [...byDimension.values()];
  const out: T[] = [];
  for (let round = 0; out.length < statements.length; round++) for (const q of queues) if (q[round]) out.push(q[round]!);
  return out;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Role weights from the O*NET scores in quiz.yaml (missing activity scores count as the mean). */
export function profileWeights(file: Pick<QuizFile, 'dimensions' | 'profiles'>): QuizModel['profiles'] {
  const raw = file.profiles.map((p) => {
    const values: Record<string, number | undefined> = {};
    for (const d of file.dimensions) {
      const score = d.kind === 'interest' ? p.interests[d.id] : p.activities[d.id];
      const { min, max } = QUIZ_SCALE[d.kind];
      values[d.id] = score === undefined ? undefined : (score - min) / (max - min);
    }
    return { role: p.role, values };
  });
  const acrossRoles = Object.fromEntries(
    file.dimensions.map((d) => {
      const known = raw.map((r) => r.values[d.id]).filter((v): v is number => v !== undefined);
      return [d.id, known.length ? mean(known) : 0];
    }),
  );
  return raw.map(({ role, values }) => {
    const centred = file.dimensions.map((d) => (values[d.id] ?? acrossRoles[d.id]!) - acrossRoles[d.id]!);
    const m = mean(centred);
    return { role, weights: Object.fromEntries(file.dimensions.map((d, i) => [d.id, centred[i]! - m])) };
  });
}

// --- answers and result links ---------------------------------------------------------------

/** Answers in ask order, each 1…5, as digits: the `a` of a result link. */
export const encodeAnswers = (answers: readonly number[]): string => answers.join('');

export type ParsedResult =
  | { kind: 'answers'; answers: number[] }
  /** A link from another version of the quiz: its statements were different. */
  | { kind: 'old-version'; version: string }
  | { kind: 'invalid' };

/** Reads `v` and `a` of a result link. */
export function parseResult(model: QuizModel, version: string | undefined, answers: string | undefined): ParsedResult {
  if (version !== String(model.version)) return version && /^\d{1,4}$/.test(version) ? { kind: 'old-version', version } : { kind: 'invalid' };
  const digits = new RegExp(`^[1-${QUIZ_ANSWERS}]{${model.statements.length}}$`);
  if (!answers || !digits.test(answers)) return { kind: 'invalid' };
  return { kind: 'answers', answers: [...answers].map(Number) };
}

/** Answers from the form (one field per statement id); unanswered or unreadable ones are undefined. */
export function answersFromForm(model: QuizModel, query: Record<string, string | undefined>): (number | undefined)[] {
  return model.statements.map((s) => {
    const value = query[s.id];
    return value && new RegExp(`^[1-${QUIZ_ANSWERS}]$`).test(value) ? Number(value) : undefined;
  });
}

/** Whether the query holds any of the form's fields (a submitted form, complete or not). */
export const isFormSubmission = (model: QuizModel, query: Record<string, string | undefined>) => model.statements.some((s) => s.id in query);

// --- scoring --------------------------------------------------------------------------------

export interface QuizReason {
  dimension: string;
  /** The statements of this dimension the reader agreed with (answered 4 or 5). */
  statements: string[];
}

export interface RankedRole {
  role: string;
  /** Correlation of the reader's profile with the role's, −1…+1. */
  score: number;
  /** What drove the match, strongest first: dimensions the reader likes and the role is high on. */
  reasons: QuizReason[];
}

export interface QuizResult {
  /** false: the answers are too even (or match nothing well) to point anywhere. */
  confident: boolean;
  /** Root mean square of the reader's centred profile, 0…1. */
  spread: number;
  /** Every profiled role, best match first; ties keep the order the roles were given in. */
  ranking: RankedRole[];
}

/** The reader's profile: per dimension, mean of (answer − 3) / 2, centred across dimensions. */
export function readerProfile(model: QuizModel, answers: readonly number[]): Record<string, number> {
  const middle = (QUIZ_ANSWERS + 1) / 2;
  const raw = model.dimensions.map((d) => {
    const mine = model.statements.flatMap((s, i) => (s.dimension === d.id ? [(answers[i]! - middle) / (middle - 1)] : []));
    return mine.length ? mean(mine) : 0;
  });
  const m = mean(raw);
  return Object.fromEntries(model.dimensions.map((d, i) => [d.id, raw[i]! - m]));
}

export function scoreQuiz(model: QuizModel, answers: readonly number[], roleOrder: readonly string[] = model.profiles.map((p) => p.role)): QuizResult {
  const reader = readerProfile(model, answers);
  const dims = model.dimensions.map((d) => d.id);
  const norm = (v: Record<string, number>) => Math.sqrt(dims.reduce((sum, d) => sum + v[d]! ** 2, 0));
  const readerNorm = norm(reader);
  const spread = readerNorm / Math.sqrt(dims.length);
  const position = new Map(roleOrder.map((slug, i) => [slug, i]));
  const ranking = model.profiles
    .map(({ role, weights }) => {
      const roleNorm = norm(weights);
      const score = readerNorm > 1e-9 && roleNorm > 1e-9 ? dims.reduce((sum, d) => sum + reader[d]! * weights[d]!, 0) / (readerNorm * roleNorm) : 0;
      const reasons = dims
        .filter((d) => reader[d]! > 0 && weights[d]! > 0)
        .sort((a, b) => reader[b]! * weights[b]! - reader[a]! * weights[a]! || dims.indexOf(a) - dims.indexOf(b))
        .slice(0, REASONS_PER_ROLE)
        .map((d) => ({ dimension: d, statements: model.statements.filter((s, i) => s.dimension === d && answers[i]! > (QUIZ_ANSWERS + 1) / 2).map((s) => s.id) }));
      // Rounded so that floating-point noise can never reorder equal scores.
      return { role, score: Math.round(score * 1e6) / 1e6, reasons };
    })
    .sort((a, b) => b.score - a.score || (position.get(a.role) ?? 0) - (position.get(b.role) ?? 0));
  const confident = spread >= MIN_SPREAD && (ranking[0]?.score ?? 0) >= MIN_TOP_SCORE;
  return { confident, spread, ranking };
}

/** A score as readers see it: the correlation as a percentage, negatives shown as 0. */
export const scorePercent = (score: number): number => Math.round(Math.max(0, score) * 100);
