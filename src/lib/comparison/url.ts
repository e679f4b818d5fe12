/**
 * The selection as a URL query, so that a reload or a shared link shows the same table:
 * `?roles=product-manager,program-manager&theme=career&q=budget&diff=1`.
 * Decoding accepts any string at all. Whatever it cannot use it drops, says so in a notice, and
 * falls back to a sensible default, so a tampered or outdated link still shows a full table.
 */
import type { Notice as ToolNotice } from '../tool/notices';
import type { ComparisonData } from './types';
import { nameInSentence } from './filter';
import { noticeMessages } from './messages';
import { MAX_QUERY, defaultSelection, normalizeQuery, type Selection } from './selection';
import { MAX_ROLES, MIN_ROLES } from './validate';

/** Something in the link that was ignored or changed, with a sentence to show the reader. */
export type Notice = ToolNotice<
  'unknown-role' | 'too-many-roles' | 'too-few-roles' | 'unknown-theme' | 'bad-diff' | 'long-query' | 'bad-query'
>;

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['', '0', 'false', 'no', 'off']);

/** Reads a selection from `location.search` (with or without the leading `?`). Never throws. */
export function decodeSelection(data: ComparisonData, search: string): { selection: Selection; notices: Notice[] } {
  const selection = defaultSelection(data);
  const notices: Notice[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(String(search));
  } catch {
    return { selection, notices };
  }
  const nameOf = (id: string) => nameInSentence(data.roles.find((r) => r.id === id)?.name ?? id);

  const rawRoles = params.getAll('roles').join(',');
  if (rawRoles.trim() !== '') {
    const known = new Set(data.roles.map((r) => r.id));
    const roles: string[] = [];
    const unknown: string[] = [];
    for (const token of rawRoles.split(/[\s,]+/)) {
      const id = token.trim().toLowerCase();
      if (id === '') continue;
      if (!known.has(id)) unknown.push(token.trim());
      else if (!roles.includes(id)) roles.push(id);
    }
    if (unknown.length > 0) {
      notices.push({ kind: 'unknown-role', message: noticeMessages.unknownRoles(unknown) });
    }
    if (roles.length > MAX_ROLES) {
      const dropped = roles.splice(MAX_ROLES);
      notices.push({ kind: 'too-many-roles', message: noticeMessages.tooManyRoles(MAX_ROLES, dropped.map(nameOf)) });
    }
    if (roles.length < MIN_ROLES) {
      const added: string[] = [];
      for (const id of [...defaultSelection(data).roles, ...data.roles.map((r) => r.id)]) {
        if (roles.length >= MIN_ROLES) break;
        if (!roles.includes(id)) {
          roles.push(id);
          added.push(id);
        }
      }
      notices.push({ kind: 'too-few-roles', message: noticeMessages.tooFewRoles(MIN_ROLES, added.map(nameOf)) });
    }
    selection.roles = roles;
  }

  const theme = (params.get('theme') ?? '').trim().toLowerCase();
  if (theme !== '' && theme !== 'all') {
    if (data.themes.some((t) => t.id === theme)) selection.theme = theme;
    else {
      notices.push({ kind: 'unknown-theme', message: noticeMessages.unknownTheme(params.get('theme') ?? '') });
    }
  }

  const rawQuery = params.get('q') ?? '';
  if (rawQuery.includes('\uFFFD')) {
    // Broken percent-encoding: whatever it meant, it cannot match anything, so drop it.
    notices.push({ kind: 'bad-query', message: noticeMessages.badQuery });
  } else {
    selection.query = normalizeQuery(rawQuery);
    if (Array.from(rawQuery.trim()).length > MAX_QUERY) {
      notices.push({ kind: 'long-query', message: noticeMessages.longQuery(MAX_QUERY) });
    }
  }

  const diff = (params.get('diff') ?? '').trim().toLowerCase();
  if (TRUE_WORDS.has(diff)) selection.diff = true;
  else if (!FALSE_WORDS.has(diff)) {
    notices.push({ kind: 'bad-diff', message: noticeMessages.badDiff(params.get('diff') ?? '') });
  }
  return { selection, notices };
}

/**
 * Writes a selection as a query string starting with `?`. Roles are always written, so a link
 * keeps its meaning even if the defaults change; the other parts only when they are not the default.
 */
export function encodeSelection(selection: Selection): string {
  const parts = [`roles=${selection.roles.map(encodeURIComponent).join(',')}`];
  if (selection.theme) parts.push(`theme=${encodeURIComponent(selection.theme)}`);
  const query = normalizeQuery(selection.query);
  if (query) parts.push(`q=${encodeURIComponent(query)}`);
  if (selection.diff) parts.push('diff=1');
  return `?${parts.join('&')}`;
}
