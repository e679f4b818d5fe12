/**
 * One dimension's score and band, from the reader's own answers to its items.
 *
 * Each answer becomes its distance from the midpoint, (answer - 3) / 2, from -1 to +1. The score is
 * half the difference between the mean at the project end and the mean at the product end, so it
 * runs from -1 (enjoys every product item, none of the project ones) to +1 (the reverse), and the
 * same answer everywhere gives exactly 0 whatever the number of items at each end. The band is
 * score +- t * SE, where SE comes from the spread of the answers within each end (a pooled
 * two-sample standard error, k - 2 degrees of freedom). With as many items at each end, SE is
 * sd / sqrt(k), the formula on /quiz/method/.
 */
import { clamp, mean, sum, sumOfSquares, tCritical } from './stats';
import type { Answers, End, Likert, Quiz, QuizDimension } from './types';

/** A score's plausible range: `low` <= score <= `high`, within -1 .. +1. */
export interface Band {
  low: number;
  high: number;
}

/** An answer and how far it moved its dimension's score: negative toward product, positive toward project. */
export interface Mover {
  itemId: string;
  answer: Likert;
  end: End;
  effect: number;
}

export interface DimensionScore {
  dimension: string;
  /** How many of the dimension's items were answered. */
  answered: number;
  /** -1 (product end) .. +1 (project end); null when too few items were answered. */
  score: number | null;
  /** The score's 90% band, null with the score. */
  band: Band | null;
  /** The standard error behind the band, and its degrees of freedom; used for the overall band. */
  standardError: number | null;
  degreesOfFreedom: number;
  /** The mean answer (1..5) at each end, null for an end with no answers. */
  endMeans: Record<End, number | null>;
  /** The two or three answers that moved the score most, strongest first. */
  movers: Mover[];
}

/** A dimension needs this many answers, at least one at each end, to have a score. */
export const MIN_ANSWERS_FOR_SCORE = 3;
/** How many answers "why" shows per dimension. */
export const MAX_MOVERS = 3;

const SIGN: Record<End, number> = { product: -1, project: 1 };

export function scoreDimension(quiz: Quiz, dimension: QuizDimension, answers: Answers): DimensionScore {
  const byEnd: Record<End, { itemId: string; answer: Likert }[]> = { product: [], project: [] };
  for (const item of quiz.items) {
    if (item.dimension !== dimension.id) continue;
    const answer = answers[item.id];
    if (answer !== undefined) byEnd[item.end].push({ itemId: item.id, answer });
  }
  const deviations = (end: End) => byEnd[end].map((a) => (a.answer - 3) / 2);
  const product = deviations('product');
  const project = deviations('project');
  const k = product.length + project.length;
  const endMeans: Record<End, number | null> = {
    product: byEnd.product.length ? mean(byEnd.product.map((a) => a.answer)) : null,
    project: byEnd.project.length ? mean(byEnd.project.map((a) => a.answer)) : null,
  };

  const movers: Mover[] = [];
  for (const end of ['product', 'project'] as const) {
    for (const { itemId, answer } of byEnd[end]) {
      // The share of the score this answer carries: its end's mean counts half, split over the end's answers.
      const effect = (SIGN[end] * (answer - 3)) / (4 * byEnd[end].length);
      if (effect !== 0) movers.push({ itemId, answer, end, effect });
    }
  }
  const order = (id: string) => quiz.items.findIndex((item) => item.id === id);
  movers.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || order(a.itemId) - order(b.itemId));

  const base = { dimension: dimension.id, answered: k, endMeans, movers: movers.slice(0, MAX_MOVERS) };
  if (product.length === 0 || project.length === 0 || k < MIN_ANSWERS_FOR_SCORE) {
    return { ...base, score: null, band: null, standardError: null, degreesOfFreedom: 0 };
  }
  // Deviations are halves, so the sums are exact: the same answer everywhere gives exactly 0.
  const score = (sum(project) / project.length - sum(product) / product.length) / 2;
  const degreesOfFreedom = k - 2;
  const pooledVariance = (sumOfSquares(project) + sumOfSquares(product)) / degreesOfFreedom;
  const standardError = 0.5 * Math.sqrt(pooledVariance * (1 / project.length + 1 / product.length));
  return {
    ...base,
    score,
    band: bandAround(score, standardError, degreesOfFreedom),
    standardError,
    degreesOfFreedom,
  };
}

/** score +- t * SE for the given degrees of freedom, kept within -1 .. +1. */
export function bandAround(score: number, standardError: number, degreesOfFreedom: number): Band {
  const half = tCritical(degreesOfFreedom) * standardError;
  return { low: clamp(score - half, -1, 1), high: clamp(score + half, -1, 1) };
}
