/**
 * The whole result: every dimension's score and band, the overall position with its band, the
 * outcome, the tie-break tilt and the answer checks.
 *
 * The overall position is the mean of the dimension scores, each dimension counting the same. Its
 * band is position +- t * SE, with SE = sqrt(sum of the dimensions' SE squared) / number of
 * dimensions and the dimensions' degrees of freedom added up. A result needs a score in every
 * dimension (three answers, one at each end at least); until then position, band and outcome are null.
 */
import { bandAround, scoreDimension, type Band, type DimensionScore } from './dimension';
import { answerFlags, type AnswerFlags } from './flags';
import { decideOutcome, strongOnBoth, tiebreakTilt } from './outcome';
import { CONFIDENCE, mean } from './stats';
import type { Answers, End, OutcomeId, Quiz, Tiebreaks } from './types';

export interface QuizResult {
  /** One per dimension, in the quiz's order. */
  dimensions: DimensionScore[];
  /** -1 (product) .. +1 (project); null until every dimension has a score. */
  position: number | null;
  /** The position's band, null with it. */
  band: Band | null;
  /** The outcome, null with the position. */
  outcome: OutcomeId | null;
  /** In a close call, the end the tie-breaks lean to (wording only); null otherwise. */
  tilt: End | null;
  /** How many dimensions have both ends strong (mean answer 4 or more at each). */
  strongOnBoth: number;
  /** The answer checks. */
  flags: AnswerFlags;
  /** The bands' confidence level: 0.9. */
  confidence: number;
}

export function scoreQuiz(quiz: Quiz, answers: Answers, tiebreaks: Tiebreaks = {}): QuizResult {
  const dimensions = quiz.dimensions.map((dimension) => scoreDimension(quiz, dimension, answers));
  const flags = answerFlags(quiz, answers);
  const base = { dimensions, strongOnBoth: strongOnBoth(dimensions), flags, confidence: CONFIDENCE };
  const scored = dimensions.filter((d) => d.score !== null && d.standardError !== null);
  if (scored.length === 0 || scored.length < dimensions.length) {
    return { ...base, position: null, band: null, outcome: null, tilt: null };
  }
  const position = mean(scored.map((d) => d.score ?? 0));
  const standardError = Math.sqrt(scored.reduce((acc, d) => acc + (d.standardError ?? 0) ** 2, 0)) / scored.length;
  const degreesOfFreedom = scored.reduce((acc, d) => acc + d.degreesOfFreedom, 0);
  const band = bandAround(position, standardError, degreesOfFreedom);
  const outcome = decideOutcome(band, dimensions, flags);
  const tilt = outcome === 'close-call' ? tiebreakTilt(quiz, tiebreaks) : null;
  return { ...base, position, band, outcome, tilt };
}
