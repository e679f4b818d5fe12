/**
 * Checks on the comparison data that a field-by-field schema cannot make: every role has a cell
 * in every dimension, ids are unique, and every cited source exists. The schema runs
 * `findDataProblems` at build time; the page runs `assertKnownSources` once both collections are
 * loaded, because a schema sees one collection at a time.
 */
import type { ComparisonData } from './types';

/** A problem found in the data, with where it is, so the build error points at the YAML. */
export interface DataProblem {
  /** Path inside the data, as the schema reports it (`['dimensions', 3, 'cells', 'scrum-master']`). */
  path: (string | number)[];
  message: string;
}

/** The number of roles a reader may compare at once. */
export const MIN_ROLES = 2;
export const MAX_ROLES = 3;

/**
 * Counts sentences: a run of text ending in `.`, `!` or `?` (closing quotes and brackets allowed)
 * followed by a space and a capital letter or digit, or by the end of the text. A dot inside a
 * word (`Scrum.org`) does not end a sentence. Text without a final stop still counts as one.
 */
export function countSentences(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  const ends = trimmed.match(/[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[A-Z0-9]|$)/g);
  const count = ends ? ends.length : 0;
  return /[.!?]["'”’)\]]*$/.test(trimmed) ? count : count + 1;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** Every structural problem in the data; an empty list means the table is complete. */
export function findDataProblems(data: ComparisonData): DataProblem[] {
  const problems: DataProblem[] = [];
  const roleIds = data.roles.map((r) => r.id);
  const themeIds = data.themes.map((t) => t.id);

  for (const id of duplicates(roleIds)) problems.push({ path: ['roles'], message: `role "${id}" is listed twice` });
  for (const id of duplicates(themeIds)) problems.push({ path: ['themes'], message: `theme "${id}" is listed twice` });
  for (const id of duplicates(data.dimensions.map((d) => d.id))) {
    problems.push({ path: ['dimensions'], message: `dimension "${id}" is listed twice` });
  }
  if (data.roles.length < MIN_ROLES) {
    problems.push({
      path: ['roles'],
      message: `list at least ${MIN_ROLES} roles: the first two are the default comparison`,
    });
  }

  data.dimensions.forEach((dimension, i) => {
    if (!themeIds.includes(dimension.theme)) {
      problems.push({
        path: ['dimensions', i, 'theme'],
        message: `dimension "${dimension.id}" has theme "${dimension.theme}", which is not one of: ${themeIds.join(', ')}`,
      });
    }
    for (const roleId of roleIds) {
      const cell = dimension.cells[roleId];
      if (!cell) {
        problems.push({
          path: ['dimensions', i, 'cells', roleId],
          message: `dimension "${dimension.id}" has no cell for role "${roleId}"`,
        });
        continue;
      }
      const sentences = countSentences(cell.text);
      if (sentences < 1 || sentences > 3) {
        problems.push({
          path: ['dimensions', i, 'cells', roleId, 'text'],
          message: `the cell for role "${roleId}" in dimension "${dimension.id}" has ${sentences} sentences; write one to three`,
        });
      }
      if (cell.sources.length === 0) {
        problems.push({
          path: ['dimensions', i, 'cells', roleId, 'sources'],
          message: `the cell for role "${roleId}" in dimension "${dimension.id}" cites no source`,
        });
      }
    }
    for (const key of Object.keys(dimension.cells)) {
      if (!roleIds.includes(key)) {
        problems.push({
          path: ['dimensions', i, 'cells', key],
          message: `dimension "${dimension.id}" has a cell for "${key}", which is not a role: use one of ${roleIds.join(', ')}`,
        });
      }
    }
  });

  for (const theme of data.themes) {
    if (!data.dimensions.some((d) => d.theme === theme.id)) {
      problems.push({ path: ['themes'], message: `theme "${theme.id}" has no dimensions` });
    }
  }
  return problems;
}

/**
 * Throws an Error naming the role, the dimension and the id of the first citation that is not in
 * `/sources/`. Called where the page loads both collections.
 */
export function assertKnownSources(data: ComparisonData, knownIds: Iterable<string>): void {
  const known = new Set(knownIds);
  for (const dimension of data.dimensions) {
    for (const [roleId, cell] of Object.entries(dimension.cells)) {
      for (const id of cell.sources) {
        if (!known.has(id)) {
          throw new Error(
            `src/content/comparison.yaml: the cell for role "${roleId}" in dimension "${dimension.id}" cites "${id}", ` +
              'which is not a source in src/content/sources.yaml.',
          );
        }
      }
    }
  }
}

/** The source ids cited anywhere in the table, in first-cited order. */
export function citedSourceIds(data: ComparisonData): string[] {
  const ids = new Set<string>();
  for (const dimension of data.dimensions) {
    for (const role of data.roles) for (const id of dimension.cells[role.id]?.sources ?? []) ids.add(id);
  }
  return [...ids];
}
