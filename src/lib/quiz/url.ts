/**
 * The answers as a short, URL-safe string, so a result is a link: `v1.` then one digit per item in
 * the quiz's order (1-5, 0 = unanswered), then one letter per tie-break pair (p = product,
 * j = project, x = unanswered). For example `v1.4251...3pjx`.
 *
 * The link carries answers, never scores: the result page recomputes the result, so editing a link
 * can change the answers but cannot fake a score. Decoding accepts any string at all and never
 * throws; what it cannot read it reports with a reason and a sentence for the reader.
 */
import { isLikert, type Answers, type End, type Likert, type Quiz, type Tiebreaks } from './types';

const LETTER: Record<End, string> = { product: 'p', project: 'j' };
const NO_CHOICE = 'x';

/** Why a link could not be read. */
export type DecodeFailure =
  'empty' | 'not-a-result' | 'old-version' | 'newer-version' | 'wrong-length' | 'bad-characters';

export type DecodeResult =
  { ok: true; answers: Answers; tiebreaks: Tiebreaks } | { ok: false; reason: DecodeFailure; message: string };

export function encodeAnswers(quiz: Quiz, answers: Answers, tiebreaks: Tiebreaks = {}): string {
  const digits = quiz.items.map((item) => {
    const answer = answers[item.id];
    return isLikert(answer) ? String(answer) : '0';
  });
  const letters = quiz.tiebreaks.pairs.map((pair) => {
    const choice = tiebreaks[pair.id];
    return choice === 'product' || choice === 'project' ? LETTER[choice] : NO_CHOICE;
  });
  return `v${quiz.version}.${digits.join('')}${letters.join('')}`;
}

function fail(reason: DecodeFailure, message: string): DecodeResult {
  return { ok: false, reason, message };
}

const FRESH_START = 'You can take the quiz again from the start; it takes about five minutes.';

export function decodeAnswers(quiz: Quiz, text: unknown): DecodeResult {
  const raw = typeof text === 'string' ? text.trim() : '';
  if (raw === '') {
    return fail('empty', `This link has no quiz answers in it. ${FRESH_START}`);
  }
  const match = /^v(\d{1,6})\.(.*)$/is.exec(raw);
  if (!match) {
    return fail(
      'not-a-result',
      `This link does not hold quiz answers in a form this page can read; it may have been damaged when it was copied. ${FRESH_START}`,
    );
  }
  const version = Number(match[1]);
  if (version < quiz.version) {
    return fail(
      'old-version',
      `This link comes from an older version of the quiz (version ${version}), whose questions were different, so it cannot show a result for them. ${FRESH_START}`,
    );
  }
  if (version > quiz.version) {
    return fail(
      'newer-version',
      `This link comes from a newer version of the quiz (version ${version}) than this page knows. Reload the page to get the newest quiz; if this message stays, take the quiz again.`,
    );
  }
  const body = (match[2] ?? '').toLowerCase();
  const shape = /^([0-5]*)([pjx]*)$/.exec(body);
  if (!shape) {
    return fail(
      'bad-characters',
      `This link contains characters a quiz result never has, so it may have been edited or damaged. ${FRESH_START}`,
    );
  }
  const digits = shape[1] ?? '';
  const letters = shape[2] ?? '';
  if (digits.length !== quiz.items.length || letters.length !== quiz.tiebreaks.pairs.length) {
    return fail(
      'wrong-length',
      `This link has ${digits.length} of the quiz's ${quiz.items.length} answers and ${letters.length} of its ${quiz.tiebreaks.pairs.length} tie-breaks, so part of it may have been cut off when it was copied. ${FRESH_START}`,
    );
  }
  const answers: Partial<Record<string, Likert>> = {};
  quiz.items.forEach((item, i) => {
    const value = Number(digits[i]);
    if (isLikert(value)) answers[item.id] = value;
  });
  const tiebreaks: Partial<Record<string, End>> = {};
  quiz.tiebreaks.pairs.forEach((pair, i) => {
    const letter = letters[i];
    if (letter === LETTER.product) tiebreaks[pair.id] = 'product';
    else if (letter === LETTER.project) tiebreaks[pair.id] = 'project';
  });
  return { ok: true, answers, tiebreaks };
}
