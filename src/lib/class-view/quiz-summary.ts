/** A class's quiz results together: how many got each outcome, and the class's profile per dimension. */
import { OUTCOME_IDS, type OutcomeId, type Quiz } from '../quiz';
import type { QuizSubmission } from './decode';

export interface OutcomeCount {
  id: OutcomeId;
  name: string;
  count: number;
  /** Share of the class's results, 0..1. */
  share: number;
}

/** Bins of the -1..+1 score scale for a dimension's histogram: product end first. */
export const BIN_EDGES = [-1, -0.6, -0.2, 0.2, 0.6, 1] as const;
export const BIN_LABELS = [
  'Strongly product',
  'Leaning product',
  'In the middle',
  'Leaning project',
  'Strongly project',
] as const;

export interface DimensionProfile {
  id: string;
  name: string;
  productLabel: string;
  projectLabel: string;
  /** Students with a score on this dimension. */
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Students in each bin of BIN_EDGES. */
  bins: number[];
}

export interface QuizSummary {
  total: number;
  outcomes: OutcomeCount[];
  dimensions: DimensionProfile[];
  /** The class's mean overall position, -1 (product) .. +1 (project). */
  meanPosition: number | null;
}

/** Which bin a score falls in: each bin includes its lower edge; +1 falls in the last. */
export function binOf(score: number): number {
  for (let i = BIN_EDGES.length - 2; i >= 0; i--) {
    if (score >= (BIN_EDGES[i] ?? -1)) return i;
  }
  return 0;
}

function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function summarizeQuiz(quiz: Quiz, submissions: readonly QuizSubmission[]): QuizSummary {
  const total = submissions.length;
  const outcomes = OUTCOME_IDS.map((id): OutcomeCount => {
    const count = submissions.filter((s) => s.result.outcome === id).length;
    return { id, name: quiz.outcomes[id].name, count, share: total === 0 ? 0 : count / total };
  });
  const dimensions = quiz.dimensions.map((dimension): DimensionProfile => {
    const scores = submissions
      .map((s) => s.result.dimensions.find((d) => d.dimension === dimension.id)?.score)
      .filter((score): score is number => typeof score === 'number');
    const bins = BIN_LABELS.map(() => 0);
    for (const score of scores) bins[binOf(score)] = (bins[binOf(score)] ?? 0) + 1;
    const end = (which: 'product' | 'project') => dimension.ends.find((e) => e.id === which)?.label ?? which;
    return {
      id: dimension.id,
      name: dimension.name,
      productLabel: end('product'),
      projectLabel: end('project'),
      n: scores.length,
      mean: meanOf(scores),
      min: scores.length ? Math.min(...scores) : null,
      max: scores.length ? Math.max(...scores) : null,
      bins,
    };
  });
  const positions = submissions.map((s) => s.result.position).filter((p): p is number => p !== null);
  return { total, outcomes, dimensions, meanPosition: meanOf(positions) };
}
