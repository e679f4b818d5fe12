/**
 * The quiz island's data comes from /quiz/data.json (the page's HTML already carries every item
 * once, in the printable worksheet), fetched at start-up like the comparison's.
 */
import type { Quiz } from './types';

export const QUIZ_DATA_PATH = '/quiz/data.json';

/** A shallow check on what the fetch returned: the build wrote it, so this catches a damaged or stale file. */
export function isQuizData(value: unknown): value is Quiz {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['version'] === 'number' &&
    Array.isArray(v['items']) &&
    Array.isArray(v['dimensions']) &&
    Array.isArray(v['scale']) &&
    typeof v['outcomes'] === 'object' &&
    typeof v['tiebreaks'] === 'object'
  );
}
