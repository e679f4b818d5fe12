/** The little statistics the scoring needs: means and Student's t for a 90% band. */

/** How sure a band is meant to be: 90%, two-sided. */
export const CONFIDENCE = 0.9;

/**
 * Student's t for a two-sided 90% interval (the 95th percentile), by degrees of freedom. Between
 * rows the next lower row is used, which makes a band slightly wider, never narrower.
 */
const T90: readonly (readonly [number, number])[] = [
  [1, 6.314],
  [2, 2.92],
  [3, 2.353],
  [4, 2.132],
  [5, 2.015],
  [6, 1.943],
  [7, 1.895],
  [8, 1.86],
  [9, 1.833],
  [10, 1.812],
  [12, 1.782],
  [15, 1.753],
  [20, 1.725],
  [25, 1.708],
  [30, 1.697],
  [40, 1.684],
  [60, 1.671],
  [120, 1.658],
];
/** t for infinitely many degrees of freedom: the normal distribution's 1.645. */
const T90_LIMIT = 1.645;

/** Student's t for a 90% two-sided band with `df` degrees of freedom (at least 1). */
export function tCritical(df: number): number {
  if (!(df >= 1)) return Number.POSITIVE_INFINITY;
  if (df > 1000) return T90_LIMIT;
  let t = T90[0]![1];
  for (const [rowDf, rowT] of T90) {
    if (rowDf <= df) t = rowT;
  }
  return t;
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export function mean(values: readonly number[]): number {
  return sum(values) / values.length;
}

/** Sum of squared distances from the mean. */
export function sumOfSquares(values: readonly number[]): number {
  const m = mean(values);
  return values.reduce((acc, v) => acc + (v - m) ** 2, 0);
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
