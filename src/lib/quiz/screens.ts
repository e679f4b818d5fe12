/**
 * Where the reader is in the quiz, and how that reads as a URL:
 * - `/quiz/` the start screen;
 * - `/quiz/?step=3` the third screen of questions (QUESTIONS_PER_SCREEN each);
 * - `/quiz/?step=choices` the "which would you rather" pairs;
 * - `/quiz/?r=v1.4251...` a result, recomputed from the answers in the link.
 * Each step is a history entry, so Back returns to the previous screen.
 */
import { decodeAnswers } from './url';
import type { Answers, Quiz, Tiebreaks } from './types';
import { quoteValue, type Notice } from '../tool/notices';

/** Few enough to fit a phone's screen with their scales, enough that the quiz is not 27 clicks of "Next". */
export const QUESTIONS_PER_SCREEN = 3;

export type Screen =
  { kind: 'start' } | { kind: 'questions'; page: number } | { kind: 'choices' } | { kind: 'result'; code: string };

export type QuizNotice = Notice<'bad-result' | 'bad-step' | 'saved-dropped'>;

/** The quiz's items split into screens, in the quiz's order. */
export function questionPages<T>(items: readonly T[]): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += QUESTIONS_PER_SCREEN) pages.push(items.slice(i, i + QUESTIONS_PER_SCREEN));
  return pages;
}

export function screenToSearch(screen: Screen): string {
  switch (screen.kind) {
    case 'start':
      return '';
    case 'questions':
      return `?step=${screen.page}`;
    case 'choices':
      return '?step=choices';
    case 'result':
      return `?r=${encodeURIComponent(screen.code)}`;
  }
}

export type ParsedSearch =
  | { kind: 'screen'; screen: Exclude<Screen, { kind: 'result' }>; notices: QuizNotice[] }
  | { kind: 'result'; code: string; answers: Answers; tiebreaks: Tiebreaks };

/** Reads a query string. Never throws; what it cannot use becomes a notice and the start screen. */
export function parseQuizSearch(quiz: Quiz, search: string): ParsedSearch {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { kind: 'screen', screen: { kind: 'start' }, notices: [] };
  }
  const code = params.get('r');
  if (code !== null) {
    const decoded = decodeAnswers(quiz, code);
    if (decoded.ok)
      return { kind: 'result', code: code.trim(), answers: decoded.answers, tiebreaks: decoded.tiebreaks };
    return { kind: 'screen', screen: { kind: 'start' }, notices: [{ kind: 'bad-result', message: decoded.message }] };
  }
  const step = params.get('step');
  if (step === null || step === '') return { kind: 'screen', screen: { kind: 'start' }, notices: [] };
  if (step === 'choices') return { kind: 'screen', screen: { kind: 'choices' }, notices: [] };
  const pages = Math.ceil(quiz.items.length / QUESTIONS_PER_SCREEN);
  const page = /^\d{1,3}$/.test(step) ? Number(step) : NaN;
  if (page >= 1 && page <= pages) return { kind: 'screen', screen: { kind: 'questions', page }, notices: [] };
  return {
    kind: 'screen',
    screen: { kind: 'start' },
    notices: [
      {
        kind: 'bad-step',
        message: `The link pointed to a step of the quiz that does not exist (${quoteValue(step)}), so it opens at the start.`,
      },
    ],
  };
}
