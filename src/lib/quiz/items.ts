/**
 * Views of the quiz data that the worksheet, the method page and the island share: item numbers,
 * the items at each end of a dimension, and the order a tie-break pair is printed in.
 */
import type { End, Quiz, QuizDimension, QuizEnd, QuizItem } from './types';

/** An item with the number a reader sees ("question 7"), counted from 1 in the quiz's order. */
export interface NumberedItem {
  item: QuizItem;
  number: number;
}

/** The items that feed each end of a dimension, in the quiz's order. */
export function itemsByEnd(quiz: Quiz, dimensionId: string): Record<End, NumberedItem[]> {
  const byEnd: Record<End, NumberedItem[]> = { product: [], project: [] };
  quiz.items.forEach((item, index) => {
    if (item.dimension === dimensionId) byEnd[item.end].push({ item, number: index + 1 });
  });
  return byEnd;
}

/** A dimension's end by id. The schema guarantees both exist. */
export function endOf(dimension: QuizDimension, end: End): QuizEnd {
  const found = dimension.ends.find((e) => e.id === end);
  if (!found) throw new Error(`Dimension "${dimension.id}" has no ${end} end.`);
  return found;
}

/**
 * The order a tie-break pair's options are printed in, as A then B. It alternates from pair to
 * pair (product first in the first pair), so the side of an option gives nothing away on paper.
 */
export function pairOrder(pairIndex: number): [End, End] {
  return pairIndex % 2 === 0 ? ['product', 'project'] : ['project', 'product'];
}

/**
 * On paper, where nobody computes a band, an overall score from -0.15 to +0.15 reads as a close
 * call. On simulated answer sets this rule of thumb agrees with the band rule about nine times in ten.
 */
export const PAPER_MIDDLE = 0.15;
