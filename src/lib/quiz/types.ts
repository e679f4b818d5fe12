/**
 * The quiz's types. The data types come from the schema (`src/schemas/quiz.ts`), so the lib, the
 * pages and the island read exactly what the build checked; the import is type-only and costs no
 * bytes in the browser.
 */
import type { QuizData } from '../../schemas/quiz';
import { FIELDS, type Field } from '../site/fields';

/** The whole quiz, as `src/content/quiz.yaml` holds it once the schema has checked it. */
export type Quiz = QuizData;
export type QuizDimension = Quiz['dimensions'][number];
export type QuizEnd = QuizDimension['ends'][number];
export type QuizItem = Quiz['items'][number];
export type QuizTiebreakPair = Quiz['tiebreaks']['pairs'][number];
export type QuizOutcome = Quiz['outcomes'][OutcomeId];
export type QuizRoleLink = QuizOutcome['roles'][number];

/** The two ends every dimension runs between. Product is scored -1, project +1. */
export type End = Field;
export const ENDS: readonly End[] = FIELDS;

/** The four results. */
export type OutcomeId = 'leans-product' | 'leans-project' | 'close-call' | 'hybrid';
export const OUTCOME_IDS: readonly OutcomeId[] = ['leans-product', 'leans-project', 'close-call', 'hybrid'];

/** A point on the five-point scale: 1 = the first label (strongly dislike) ... 5 = the last (strongly enjoy). */
export type Likert = 1 | 2 | 3 | 4 | 5;

/** The reader's ratings, by item id; a missing item is unanswered. */
export type Answers = Readonly<Partial<Record<string, Likert>>>;

/** The reader's forced choices, by pair id; a missing pair is unanswered. */
export type Tiebreaks = Readonly<Partial<Record<string, End>>>;

/** Whether a value is a point on the scale. */
export function isLikert(value: unknown): value is Likert {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}
