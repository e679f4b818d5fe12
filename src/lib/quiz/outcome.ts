/**
 * The outcome rule, in this order:
 *
 * 1. Hybrid: in more than half the dimensions, the mean answer is 4 ("Enjoy") or higher at both
 *    ends, and the answers are not straight-lined (agreeing with everything says nothing about
 *    "both").
 * 2. Leans product / leans project: the overall band lies wholly on one side of the middle (0).
 * 3. Close call: the band touches or crosses the middle.
 *
 * The tie-break pairs never change the outcome, the position or the band. In a close call, they
 * tip its wording toward the end chosen in more pairs; with as many each way, or none answered,
 * the close call has no tilt.
 */
import type { Band, DimensionScore } from './dimension';
import type { AnswerFlags } from './flags';
import type { End, OutcomeId, Quiz, Tiebreaks } from './types';

/** A mean answer at or above this (4 = "Enjoy") makes an end "strong". */
export const STRONG_MEAN = 4;

/** How many dimensions enjoy both ends strongly. */
export function strongOnBoth(dimensions: readonly DimensionScore[]): number {
  return dimensions.filter((d) => (d.endMeans.product ?? 0) >= STRONG_MEAN && (d.endMeans.project ?? 0) >= STRONG_MEAN)
    .length;
}

export function decideOutcome(
  band: Band,
  dimensions: readonly DimensionScore[],
  flags: Pick<AnswerFlags, 'straightLined'>,
): OutcomeId {
  if (!flags.straightLined && strongOnBoth(dimensions) * 2 > dimensions.length) return 'hybrid';
  if (band.high < 0) return 'leans-product';
  if (band.low > 0) return 'leans-project';
  return 'close-call';
}

/** The end chosen in more tie-break pairs, or null when they are level or unanswered. */
export function tiebreakTilt(quiz: Quiz, tiebreaks: Tiebreaks): End | null {
  let product = 0;
  let project = 0;
  for (const pair of quiz.tiebreaks.pairs) {
    const choice = tiebreaks[pair.id];
    if (choice === 'product') product += 1;
    else if (choice === 'project') project += 1;
  }
  if (product > project) return 'product';
  if (project > product) return 'project';
  return null;
}
