/**
 * Reliability for an instructor piloting the quiz with a class: Cronbach's alpha of a dimension from
 * many students' answers, and the alpha a scale of k items would reach at a given mean inter-item
 * correlation. Product-end answers are reversed (6 - answer) so every item of a dimension points
 * toward its project end before the items are compared.
 */
import type { Answers, Likert, Quiz } from './types';

function variance(values: readonly number[]): number {
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((acc, v) => acc + (v - m) ** 2, 0) / (values.length - 1);
}

/**
 * Cronbach's alpha = k / (k - 1) * (1 - sum of item variances / variance of the totals), from one
 * row of item scores per person. Null with fewer than 2 items or 2 people, or when the totals do not vary.
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  const k = rows[0]?.length ?? 0;
  if (k < 2 || rows.length < 2 || rows.some((row) => row.length !== k)) return null;
  const itemVariances = Array.from({ length: k }, (_, i) => variance(rows.map((row) => row[i]!)));
  const totalVariance = variance(rows.map((row) => row.reduce((a, b) => a + b, 0)));
  if (totalVariance === 0) return null;
  return (k / (k - 1)) * (1 - itemVariances.reduce((a, b) => a + b, 0) / totalVariance);
}

/** The alpha of k items whose mean correlation is r: k * r / (1 + (k - 1) * r). */
export function expectedAlpha(k: number, r: number): number {
  return (k * r) / (1 + (k - 1) * r);
}

/** Alpha of one dimension over a class's answer sets; students who skipped any of its items are left out. */
export function dimensionAlpha(quiz: Quiz, dimensionId: string, classAnswers: readonly Answers[]): number | null {
  const items = quiz.items.filter((item) => item.dimension === dimensionId);
  const rows = classAnswers.flatMap((answers) => {
    const row = items.map((item) => answers[item.id]);
    if (row.some((a) => a === undefined)) return [];
    return [row.map((a, i) => (items[i]!.end === 'product' ? 6 - (a as Likert) : (a as Likert)))];
  });
  return cronbachAlpha(rows);
}
