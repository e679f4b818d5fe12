/**
 * Checks on how the reader answered, shown gently above a result and never blocking it.
 *
 * - `straightLined`: at least half the items answered, and one option used for at least 90% of the
 *   answers (with 28 items: 26 or more the same).
 * - `flatProfile`: at least half the items answered, and every answer at the same end of the scale
 *   (all 1 or all 5). A flat profile is also straight-lined.
 * - `unanswered`: how many items have no answer.
 */
import type { Answers, Quiz } from './types';

/** The share of answers on one option from which the answers count as straight-lined. */
export const STRAIGHT_LINE_SHARE = 0.9;

export interface AnswerFlags {
  flatProfile: boolean;
  straightLined: boolean;
  unanswered: number;
}

export function answerFlags(quiz: Quiz, answers: Answers): AnswerFlags {
  const given = quiz.items.flatMap((item) => {
    const answer = answers[item.id];
    return answer === undefined ? [] : [answer];
  });
  const unanswered = quiz.items.length - given.length;
  const enough = given.length > 0 && given.length * 2 >= quiz.items.length;
  const counts = [1, 2, 3, 4, 5].map((option) => given.filter((a) => a === option).length);
  const most = Math.max(...counts);
  const straightLined = enough && most >= STRAIGHT_LINE_SHARE * given.length;
  const flatProfile = enough && (given.every((a) => a === 1) || given.every((a) => a === 5));
  return { flatProfile, straightLined, unanswered };
}
