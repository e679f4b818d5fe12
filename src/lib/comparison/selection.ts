/**
 * What a reader has chosen to compare, and the rules for changing it. A selection is always
 * valid: two or three different known roles, a known theme or none, a tidy text filter. Every
 * function here returns a new selection and never throws, so the island can call them blindly.
 */
import type { ComparisonData } from './types';
import { MAX_ROLES, MIN_ROLES } from './validate';

export interface Selection {
  /** Role ids, one per column, in column order. */
  roles: string[];
  /** A theme id, or null for every theme. */
  theme: string | null;
  /** The text filter, already normalized (see `normalizeQuery`). */
  query: string;
  /** Show only the dimensions where the chosen roles give different answers. */
  diff: boolean;
}

/** Longest text filter kept, in characters: enough for a phrase, short enough for a URL. */
export const MAX_QUERY = 80;

/** The first two roles in the data: product manager and project manager. */
export function defaultRoles(data: ComparisonData): string[] {
  return data.roles.slice(0, MIN_ROLES).map((r) => r.id);
}

export function defaultSelection(data: ComparisonData): Selection {
  return { roles: defaultRoles(data), theme: null, query: '', diff: false };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control characters (C0, DEL, C1) never belong in a filter; they turn into spaces.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/**
 * Tidies a text filter: no control characters, broken surrogates or replacement characters (the
 * URL decoder's mark for bytes it could not read), single spaces, trimmed,
 * at most MAX_QUERY characters (counted in code points, so an emoji is never cut in half).
 * Applying it twice gives the same result as applying it once.
 */
export function normalizeQuery(raw: string): string {
  const clean = raw
    .replace(LONE_SURROGATE, ' ')
    .replace(/\uFFFD/g, ' ')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const points = Array.from(clean);
  return points.length > MAX_QUERY ? points.slice(0, MAX_QUERY).join('').trim() : clean;
}

/** True when the selection obeys every rule above for this data. */
export function isValidSelection(data: ComparisonData, selection: Selection): boolean {
  const known = new Set(data.roles.map((r) => r.id));
  const { roles, theme, query, diff } = selection;
  return (
    roles.length >= MIN_ROLES &&
    roles.length <= MAX_ROLES &&
    new Set(roles).size === roles.length &&
    roles.every((id) => known.has(id)) &&
    (theme === null || data.themes.some((t) => t.id === theme)) &&
    typeof query === 'string' &&
    normalizeQuery(query) === query &&
    typeof diff === 'boolean'
  );
}

/** Swaps two columns. Out-of-range positions leave the selection as it is. */
export function swapRoles(selection: Selection, i: number, j: number): Selection {
  const roles = [...selection.roles];
  if (i === j || !(i in roles) || !(j in roles)) return selection;
  [roles[i], roles[j]] = [roles[j]!, roles[i]!];
  return { ...selection, roles };
}

/**
 * Puts a role in a column. Choosing a role that is already in another column swaps the two
 * columns, so a reader never ends up with the same role twice. Index `roles.length` adds a
 * column (up to MAX_ROLES); `null` removes a column, but never below MIN_ROLES.
 */
export function setRoleAt(data: ComparisonData, selection: Selection, index: number, roleId: string | null): Selection {
  const roles = [...selection.roles];
  if (!Number.isInteger(index) || index < 0 || index > roles.length || index >= MAX_ROLES) return selection;
  if (roleId === null) {
    if (index >= roles.length || roles.length <= MIN_ROLES) return selection;
    roles.splice(index, 1);
    return { ...selection, roles };
  }
  if (!data.roles.some((r) => r.id === roleId)) return selection;
  const current = roles.indexOf(roleId);
  if (current === index) return selection;
  if (index === roles.length) {
    // A new column: a role already shown stays where it is.
    if (current !== -1) return selection;
    return { ...selection, roles: [...roles, roleId] };
  }
  if (current !== -1) return swapRoles(selection, current, index);
  roles[index] = roleId;
  return { ...selection, roles };
}

export function setTheme(data: ComparisonData, selection: Selection, theme: string | null): Selection {
  if (theme !== null && !data.themes.some((t) => t.id === theme)) return selection;
  return { ...selection, theme };
}

export function setQuery(selection: Selection, query: string): Selection {
  return { ...selection, query: normalizeQuery(query) };
}

export function setDiff(selection: Selection, diff: boolean): Selection {
  return { ...selection, diff };
}
