/**
 * Checks on the quiz data that span several fields, used by the schema at build time. Each problem
 * names the item or dimension at fault, so an author finds it without reading code.
 */
import type { Quiz } from './types';

/** One problem: where it is in the document and a sentence saying what to fix. */
export interface QuizProblem {
  path: (string | number)[];
  message: string;
}

/** Fewer items than this and a dimension's band is too wide to say anything (see /quiz/method/). */
export const MIN_ITEMS_PER_DIMENSION = 6;

/**
 * Words that make an item a negation. Reverse-worded items with "not" confuse readers and are the
 * least reliable kind of item, so each end gets its own positively worded items instead.
 */
const NEGATION =
  /\b(?:not|no|never|none|nothing|nobody|nowhere|neither|nor|cannot|dislikes?|disliked|hates?|hated)\b|\b\w+n['’]t\b/i;

/** The negation an item's text uses, if any (`"not"`), for the schema's message. */
export function findNegation(text: string): string | undefined {
  return NEGATION.exec(text)?.[0];
}

function duplicates(ids: string[]): Set<string> {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const id of ids) (seen.has(id) ? dupes : seen).add(id);
  return dupes;
}

/** Every problem in the quiz data; an empty list means it is fine. */
export function findQuizProblems(quiz: Quiz): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const dimensionIds = quiz.dimensions.map((d) => d.id);

  const dupeDimensions = duplicates(dimensionIds);
  quiz.dimensions.forEach((dimension, d) => {
    if (dupeDimensions.has(dimension.id)) {
      problems.push({ path: ['dimensions', d, 'id'], message: `Dimension "${dimension.id}" is defined twice.` });
    }
    const ends = dimension.ends.map((e) => e.id);
    if (!(ends.includes('product') && ends.includes('project'))) {
      problems.push({
        path: ['dimensions', d, 'ends'],
        message: `Dimension "${dimension.id}" needs one product end and one project end (it has ${ends.join(' and ')}).`,
      });
    }
  });

  const dupeItems = duplicates(quiz.items.map((i) => i.id));
  const reported = new Set<string>();
  quiz.items.forEach((item, i) => {
    if (dupeItems.has(item.id) && !reported.has(item.id)) {
      reported.add(item.id);
      problems.push({
        path: ['items', i, 'id'],
        message: `Item ${item.id}: the id is used by more than one item; give each item its own.`,
      });
    }
    if (!dimensionIds.includes(item.dimension)) {
      problems.push({
        path: ['items', i, 'dimension'],
        message: `Item ${item.id}: dimension "${item.dimension}" is not defined; use one of ${dimensionIds.join(', ')}.`,
      });
    }
    const negation = findNegation(item.text);
    if (negation) {
      problems.push({
        path: ['items', i, 'text'],
        message: `Item ${item.id}: "${negation}" makes it a negation. Word it positively, as something the reader could enjoy, and put an item at the other end for the opposite.`,
      });
    }
  });

  quiz.dimensions.forEach((dimension, d) => {
    const items = quiz.items.filter((item) => item.dimension === dimension.id);
    const ids = items.map((item) => item.id).join(', ') || 'none';
    if (items.length < MIN_ITEMS_PER_DIMENSION) {
      problems.push({
        path: ['dimensions', d],
        message: `Dimension "${dimension.id}" has ${items.length} items (${ids}); it needs at least ${MIN_ITEMS_PER_DIMENSION}.`,
      });
    }
    for (const end of ['product', 'project'] as const) {
      const other = end === 'product' ? 'project' : 'product';
      const mine = items.filter((item) => item.end === end);
      if (mine.length > 0 && !items.some((item) => item.end === other)) {
        problems.push({
          path: ['items', quiz.items.indexOf(mine[0]!), 'end'],
          message: `Item${mine.length > 1 ? 's' : ''} ${mine.map((item) => item.id).join(', ')} feed${mine.length > 1 ? '' : 's'} the ${end} end of dimension "${dimension.id}", which has no item at its ${other} end: add a positively worded item for the ${other} end.`,
        });
      }
    }
  });

  const dupePairs = duplicates(quiz.tiebreaks.pairs.map((p) => p.id));
  quiz.tiebreaks.pairs.forEach((pair, p) => {
    if (dupePairs.has(pair.id)) {
      problems.push({
        path: ['tiebreaks', 'pairs', p, 'id'],
        message: `Tie-break pair ${pair.id}: the id is used by more than one pair.`,
      });
    }
  });
  return problems;
}
