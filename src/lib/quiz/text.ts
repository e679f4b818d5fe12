/**
 * The words a result shows, pulled from quiz.yaml: the outcome's texts, the headline (a close call
 * tipped by the tie-breaks says so), and the gentle checks that apply.
 */
import type { QuizResult } from './score';
import type { OutcomeId, Quiz, QuizOutcome } from './types';

export interface OutcomeText extends QuizOutcome {
  id: OutcomeId;
  /** The outcome's name, or the tie-break wording of a tipped close call. */
  headline: string;
  /** The checks to show above the result, in order: flat profile (or straight-lining), blanks. */
  checks: string[];
}

/** The checks that apply to a result, as sentences; empty when the answers look fine. */
export function answerChecks(quiz: Quiz, result: Pick<QuizResult, 'flags'>): string[] {
  const checks: string[] = [];
  if (result.flags.flatProfile) checks.push(quiz.checks.flatProfile);
  else if (result.flags.straightLined) checks.push(quiz.checks.straightLined);
  if (result.flags.unanswered > 0) {
    checks.push(quiz.checks.unanswered.replaceAll('{count}', String(result.flags.unanswered)));
  }
  return checks;
}

/** The texts of a result's outcome, or null when the result has no outcome yet. */
export function outcomeText(quiz: Quiz, result: QuizResult): OutcomeText | null {
  if (result.outcome === null) return null;
  const outcome = quiz.outcomes[result.outcome];
  const headline =
    result.outcome === 'close-call' && result.tilt !== null ? quiz.tiebreaks.tilt[result.tilt] : outcome.name;
  return { ...outcome, id: result.outcome, headline, checks: answerChecks(quiz, result) };
}
