// A quiz result link for browser tests, built from the content (so a new version of the
// statements does not break them): alternating strong answers, which give a confident result.
import { getContent } from '../../lib/content';
import { quizPrintHref, quizResultHref } from '../../lib/links';
import type { Locale } from '../../lib/locales';

const quiz = getContent().ru.quiz;
export const QUIZ_STATEMENTS = quiz.statements.map((s) => s.id);
export const QUIZ_ANSWERS = quiz.statements.map((_, i) => (i % 3 === 0 ? 5 : i % 3 === 1 ? 1 : 4)).join('');
export const quizResult = (locale: Locale = 'ru') => quizResultHref(locale, quiz.version, QUIZ_ANSWERS);
export const quizPrint = (locale: Locale = 'ru') => quizPrintHref(locale, quiz.version, QUIZ_ANSWERS);
