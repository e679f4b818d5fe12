/** Small wording helpers for the class view. */

/** "1 line", "3 lines"; `many` for irregular plurals. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A -1..+1 score as readers see it: "0.42 toward project", "0.10 toward product", "in the middle". */
export function leaning(score: number | null): string {
  if (score === null) return '–';
  if (Math.abs(score) < 0.005) return 'in the middle';
  return `${Math.abs(score).toFixed(2)} toward ${score < 0 ? 'product' : 'project'}`;
}

/** A share as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
