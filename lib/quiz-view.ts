// What the quiz pages show for a request: the form (blank, partly answered or being changed),
// a redirect from a submitted form to its short result link, a result, or a clear message for
// a link that is damaged or from an older version. Pure: the route turns it into a response.
import { getQuiz, getRoles } from './content';
import type { Quiz } from './content/types';
import type { Locale } from './locales';
import { quizResultHref } from './links';
import { answersFromForm, encodeAnswers, EXPLAINED_ROLES, isFormSubmission, parseResult, scoreQuiz, scorePercent } from './quiz';

export interface QuizFormView {
  kind: 'form';
  statements: { id: string; text: string }[];
  scale: string[];
  /** Answers already chosen, by statement id. */
  checked: Record<string, number>;
  /** Statement ids left without an answer in a submitted form (empty before submitting). */
  missing: string[];
}

export interface QuizReasonView {
  name: string;
  inRole: string;
  /** The statements the reader agreed with, as they read them. */
  statements: string[];
}

export interface QuizResultView {
  kind: 'result';
  version: number;
  /** The `a` of the result link. */
  answers: string;
  confident: boolean;
  ranking: { slug: string; title: string; percent: number; reasons?: QuizReasonView[] }[];
  /** How each role's profile was built, in the order of the ranking. */
  profiles: { slug: string; title: string; onet: string[]; note?: string }[];
  source: Quiz['source'];
}

export type QuizView =
  | QuizFormView
  | QuizResultView
  | { kind: 'redirect'; to: string }
  | { kind: 'old-version' }
  | { kind: 'invalid' };

type Query = Record<string, string | undefined>;

export function quizView(locale: Locale, query: Query): QuizView {
  const quiz = getQuiz(locale);
  const form = (checked: Record<string, number>, missing: string[] = []): QuizFormView => ({
    kind: 'form',
    statements: quiz.statements.map((s) => ({ id: s.id, text: s.text })),
    scale: quiz.scale,
    checked,
    missing,
  });
  if (isFormSubmission(quiz, query)) {
    const answers = answersFromForm(quiz, query);
    const missing = quiz.statements.filter((_, i) => answers[i] === undefined).map((s) => s.id);
    if (missing.length === 0) return { kind: 'redirect', to: quizResultHref(locale, quiz.version, encodeAnswers(answers as number[])) };
    return form(checkedOf(quiz, answers), missing);
  }
  if (query.a === undefined && query.v === undefined) return form({});
  const parsed = parseResult(quiz, query.v, query.a);
  if (parsed.kind !== 'answers') return { kind: parsed.kind };
  if (query.edit !== undefined) return form(checkedOf(quiz, parsed.answers));
  return resultView(locale, quiz, parsed.answers);
}

const checkedOf = (quiz: Quiz, answers: (number | undefined)[]) =>
  Object.fromEntries(quiz.statements.flatMap((s, i) => (answers[i] === undefined ? [] : [[s.id, answers[i]!]])));

function resultView(locale: Locale, quiz: Quiz, answers: number[]): QuizResultView {
  const roles = getRoles(locale);
  const title = new Map(roles.map((r) => [r.slug, r.title]));
  const result = scoreQuiz(quiz, answers, roles.map((r) => r.slug));
  const dimension = new Map(quiz.dimensions.map((d) => [d.id, d]));
  const statement = new Map(quiz.statements.map((s) => [s.id, s.text]));
  const profile = new Map(quiz.profiles.map((p) => [p.role, p]));
  return {
    kind: 'result',
    version: quiz.version,
    answers: encodeAnswers(answers),
    confident: result.confident,
    ranking: result.ranking.map((r, i) => ({
      slug: r.role,
      title: title.get(r.role)!,
      percent: scorePercent(r.score),
      ...(result.confident &&
        i < EXPLAINED_ROLES && {
          reasons: r.reasons.map((reason) => ({
            name: dimension.get(reason.dimension)!.name,
            inRole: dimension.get(reason.dimension)!.inRole,
            statements: reason.statements.map((id) => statement.get(id)!),
          })),
        }),
    })),
    profiles: result.ranking.map((r) => ({ slug: r.role, title: title.get(r.role)!, onet: profile.get(r.role)!.onet, ...(profile.get(r.role)!.note && { note: profile.get(r.role)!.note }) })),
    source: quiz.source,
  };
}
