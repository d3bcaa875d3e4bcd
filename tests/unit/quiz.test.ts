// The interest quiz's model on the real content: sane, explainable, deterministic.
import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import { LOCALES } from '@/lib/locales';
import { answersFromForm, askOrder, encodeAnswers, EXPLAINED_ROLES, parseResult, scoreQuiz } from '@/lib/quiz';

const { quiz, roles } = getContent().ru;
const slugs = roles.map((r) => r.slug);
const score = (answers: number[]) => scoreQuiz(quiz, answers, slugs);
const top = (answers: number[], n = EXPLAINED_ROLES) => score(answers).ranking.slice(0, n).map((r) => r.role);

/** The answers of someone whose likes follow one role's profile exactly (1–5 per statement). */
function answersLike(slug: string): number[] {
  const w = quiz.profiles.find((p) => p.role === slug)!.weights;
  const max = Math.max(...Object.values(w).map(Math.abs));
  return quiz.statements.map((s) => Math.min(5, Math.max(1, Math.round(3 + (2 * w[s.dimension]!) / max))));
}

/** Reproducible pseudo-random answer sheets. */
function sheets(count: number, seed = 7): number[][] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => quiz.statements.map(() => 1 + Math.floor(next() * 5)));
}

describe('quiz model', () => {
  it('asks 24–36 statements, and never two of one dimension in a row', () => {
    expect(quiz.statements.length).toBeGreaterThanOrEqual(24);
    expect(quiz.statements.length).toBeLessThanOrEqual(36);
    quiz.statements.slice(1).forEach((s, i) => expect(s.dimension).not.toBe(quiz.statements[i]!.dimension));
  });

  it('weights every role, in every language', () => {
    for (const locale of LOCALES) expect(getContent()[locale].quiz.profiles.map((p) => p.role).sort()).toEqual([...slugs].sort());
  });

  it.each(slugs)('lets %s reach the top three with some answers', (slug) => {
    expect(top(answersLike(slug))).toContain(slug);
  });

  it('lets no role win for every answer pattern', () => {
    const winners = new Map<string, number>();
    const all = sheets(400);
    for (const answers of all) {
      const first = top(answers, 1)[0]!;
      winners.set(first, (winners.get(first) ?? 0) + 1);
    }
    expect(winners.size).toBeGreaterThanOrEqual(Math.min(10, slugs.length));
    expect(Math.max(...winners.values())).toBeLessThan(all.length * 0.25);
  });

  it('gives no confident result for neutral or all-the-same answers', () => {
    for (const value of [1, 3, 5]) {
      const result = score(quiz.statements.map(() => value));
      expect(result.confident).toBe(false);
      expect(result.ranking.every((r) => r.reasons.length === 0)).toBe(true);
    }
  });

  it('gives the same result for the same answers', () => {
    for (const answers of sheets(20, 99)) expect(score([...answers])).toEqual(score(answers));
  });

  it('ranks every role once, best first', () => {
    const { ranking } = score(answersLike('sales-manager'));
    expect(ranking.map((r) => r.role).sort()).toEqual([...slugs].sort());
    ranking.slice(1).forEach((r, i) => expect(r.score).toBeLessThanOrEqual(ranking[i]!.score));
  });

  it('explains a match by what the reader likes and the statements they agreed with', () => {
    const seller = quiz.statements.map((s) => (s.dimension === 'selling' || s.dimension === 'enterprising' ? 5 : s.dimension === 'outside' ? 4 : 2));
    const result = score(seller);
    expect(result.confident).toBe(true);
    expect(top(seller)).toContain('sales-manager');
    const sales = result.ranking.find((r) => r.role === 'sales-manager')!;
    expect(sales.reasons[0]!.dimension).toBe('selling');
    expect(sales.reasons[0]!.statements).toEqual(quiz.statements.filter((s) => s.dimension === 'selling').map((s) => s.id));
  });

  it('puts someone who likes teaching and helping near learning and development', () => {
    const teacher = quiz.statements.map((s) => (s.dimension === 'coaching' || s.dimension === 'social' ? 5 : s.dimension === 'enterprising' ? 2 : 3));
    expect(top(teacher)).toContain('learning-development-manager');
  });
});

describe('quiz result links', () => {
  const answers = answersLike('pr-manager');
  const v = String(quiz.version);

  it('round-trips answers through a short link', () => {
    const a = encodeAnswers(answers);
    expect(a).toHaveLength(quiz.statements.length);
    expect(parseResult(quiz, v, a)).toEqual({ kind: 'answers', answers });
  });

  it('refuses links that are malformed, and recognises ones from another version', () => {
    expect(parseResult(quiz, v, encodeAnswers(answers).slice(1)).kind).toBe('invalid');
    expect(parseResult(quiz, v, encodeAnswers(answers).replace(/^./, '6')).kind).toBe('invalid');
    expect(parseResult(quiz, v, undefined).kind).toBe('invalid');
    expect(parseResult(quiz, 'x', encodeAnswers(answers)).kind).toBe('invalid');
    expect(parseResult(quiz, String(quiz.version + 1), encodeAnswers(answers))).toEqual({ kind: 'old-version', version: String(quiz.version + 1) });
  });

  it('reads a submitted form by statement id, leaving bad values unanswered', () => {
    const form = Object.fromEntries(quiz.statements.map((s, i) => [s.id, String(answers[i])]));
    expect(answersFromForm(quiz, form)).toEqual(answers);
    const first = quiz.statements[0]!.id;
    expect(answersFromForm(quiz, { ...form, [first]: '9' })[0]).toBeUndefined();
  });

  it('interleaves dimensions whatever order the file lists them in', () => {
    expect(askOrder([{ id: 'a1', dimension: 'a' }, { id: 'a2', dimension: 'a' }, { id: 'b1', dimension: 'b' }, { id: 'b2', dimension: 'b' }]).map((s) => s.id)).toEqual(['a1', 'b1', 'a2', 'b2']);
  });
});
