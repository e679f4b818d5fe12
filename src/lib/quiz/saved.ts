/** The answers a reader has given so far, as they are kept in the browser between visits. */
import { isLikert, type Answers, type End, type Likert, type Quiz, type Tiebreaks } from './types';

export interface SavedAnswers {
  answers: Answers;
  tiebreaks: Tiebreaks;
}

export const SAVED_KEY = 'wpm-quiz';
export const SAVED_DROPPED_MESSAGE =
  'Your saved answers could not be read (they may come from an older version of the quiz), so the quiz starts fresh.';

/** Saved data back into answers, or null when it is not what this quiz version wrote. Unknown ids make it unusable. */
export function parseSavedAnswers(quiz: Quiz, data: unknown): SavedAnswers | null {
  if (typeof data !== 'object' || data === null) return null;
  const { answers, tiebreaks } = data as { answers?: unknown; tiebreaks?: unknown };
  if (typeof answers !== 'object' || answers === null || typeof tiebreaks !== 'object' || tiebreaks === null) {
    return null;
  }
  const itemIds = new Set(quiz.items.map((i) => i.id));
  const pairIds = new Set(quiz.tiebreaks.pairs.map((p) => p.id));
  const cleanAnswers: Partial<Record<string, Likert>> = {};
  for (const [id, value] of Object.entries(answers as Record<string, unknown>)) {
    if (!itemIds.has(id) || !isLikert(value)) return null;
    cleanAnswers[id] = value;
  }
  const cleanTiebreaks: Partial<Record<string, End>> = {};
  for (const [id, value] of Object.entries(tiebreaks as Record<string, unknown>)) {
    if (!pairIds.has(id) || (value !== 'product' && value !== 'project')) return null;
    cleanTiebreaks[id] = value;
  }
  return { answers: cleanAnswers, tiebreaks: cleanTiebreaks };
}
