/** Which rows the table shows for a selection, and the words that describe the result. */
import type { ComparisonData, ComparisonDimension, ComparisonRole, ComparisonTheme } from './types';
import type { Selection } from './selection';
import { joinList } from '../tool/text';

/** Lower case, accents removed, single spaces: "Café  Owner" and "cafe owner" match. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words of a text filter; a row must contain every one of them. */
export function queryWords(query: string): string[] {
  return foldText(query).split(' ').filter(Boolean);
}

/**
 * Whether a row matches the text filter, searching its label, its question, its theme and the
 * cells of the roles being compared (not those of roles the reader cannot see).
 */
export function matchesQuery(
  data: ComparisonData,
  dimension: ComparisonDimension,
  roles: string[],
  query: string,
): boolean {
  const words = queryWords(query);
  if (words.length === 0) return true;
  const theme = data.themes.find((t) => t.id === dimension.theme)?.label ?? '';
  const parts = [dimension.label, dimension.question, theme];
  for (const id of roles) {
    const cell = dimension.cells[id];
    if (cell) parts.push(cell.summary, cell.text);
  }
  const haystack = foldText(parts.join(' '));
  return words.every((word) => haystack.includes(word));
}

/** Whether the chosen roles give different answers in a row: their summaries are not all the same. */
export function rolesDiffer(dimension: ComparisonDimension, roles: string[]): boolean {
  const answers = new Set(roles.map((id) => foldText(dimension.cells[id]?.summary ?? '')));
  return answers.size > 1;
}

/** The rows to show, in the data's order. */
export function visibleDimensions(data: ComparisonData, selection: Selection): ComparisonDimension[] {
  return data.dimensions.filter(
    (d) =>
      (selection.theme === null || d.theme === selection.theme) &&
      (!selection.diff || rolesDiffer(d, selection.roles)) &&
      matchesQuery(data, d, selection.roles, selection.query),
  );
}

/** Rows grouped under their themes, in theme order, leaving out themes with no row to show. */
export function groupByTheme(
  data: ComparisonData,
  dimensions: ComparisonDimension[],
): { theme: ComparisonTheme; dimensions: ComparisonDimension[] }[] {
  return data.themes
    .map((theme) => ({ theme, dimensions: dimensions.filter((d) => d.theme === theme.id) }))
    .filter((group) => group.dimensions.length > 0);
}

/** The sentence the live region reads: "Showing 6 of 14 dimensions". */
export function statusMessage(shown: number, total: number): string {
  return `Showing ${shown} of ${total} ${total === 1 ? 'dimension' : 'dimensions'}`;
}

/** The roles of a selection, in column order. */
export function selectedRoles(data: ComparisonData, selection: Selection): ComparisonRole[] {
  return selection.roles
    .map((id) => data.roles.find((r) => r.id === id))
    .filter((r): r is ComparisonRole => r !== undefined);
}

/** Words that keep their capital inside a sentence (Scrum is a name). */
const PROPER_WORDS = new Set(['Scrum']);

/** A role's name as it reads mid-sentence: "project manager", but "Scrum master". */
export function nameInSentence(name: string): string {
  const first = name.split(' ')[0] ?? '';
  return PROPER_WORDS.has(first) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** "Product manager, project manager and Scrum master": names joined for a caption. */
export function joinRoleNames(roles: ComparisonRole[]): string {
  return joinList(roles.map((r, i) => (i === 0 ? r.name : nameInSentence(r.name))));
}

/** Why the table is empty, when it is: the filters left nothing, so say which ones did. */
export function emptyMessage(data: ComparisonData, selection: Selection): string {
  const reasons: string[] = [];
  if (selection.query) reasons.push(`the text “${selection.query}”`);
  if (selection.theme)
    reasons.push(`the theme ${data.themes.find((t) => t.id === selection.theme)?.label ?? selection.theme}`);
  if (selection.diff) reasons.push('only rows where the roles differ');
  return reasons.length
    ? `No dimension matches ${reasons.join(', ')}. Change a filter or reset the table to see every row.`
    : 'No dimension to show.';
}
