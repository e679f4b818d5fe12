/**
 * A tool's state lives in the page's query string, so a reload or a shared link shows the same
 * thing. This adapter is the only code that reads or writes the address bar, and it takes
 * `location` and `history` as parameters, so the unit tests drive it with plain objects.
 *
 * The policy, in one place:
 * - On load, a clean URL is left exactly as the reader typed it (case, order, unknown extras),
 *   but a URL that had to be corrected is rewritten in place (`replace`), so the address bar never
 *   claims a state the page is not showing and a copied link is the corrected one.
 * - A change that filters or rearranges what is shown replaces the entry: Back leaves the tool.
 * - A change that is a step (the next question, a decision taken) pushes an entry: Back undoes it.
 * - Nothing is written when the query would not change, so no duplicate history entries.
 */

/** The parts of `window.location` the adapter reads. */
export interface LocationLike {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/** The parts of `window.history` the adapter writes. */
export interface HistoryLike {
  readonly state: unknown;
  replaceState(data: unknown, unused: string, url?: string | null): void;
  pushState(data: unknown, unused: string, url?: string | null): void;
}

/** Replace for filters and corrections; push for a step the reader may want to undo with Back. */
export type WriteMode = 'replace' | 'push';

/** What the adapter did with a write: nothing (same query), or which history call it made. */
export type WriteResult = 'unchanged' | WriteMode;

export interface UrlState {
  /** The current query string, `?...` or empty. */
  read(): string;
  /** Makes `search` the page's query string, keeping the path and the hash. */
  write(search: string, mode: WriteMode): WriteResult;
}

/** `?a=1`, `a=1` and `` all become a query string with its `?`, or the empty string. */
export function normalizeSearch(search: string): string {
  const bare = search.startsWith('?') ? search.slice(1) : search;
  return bare === '' ? '' : `?${bare}`;
}

export function createUrlState(location: LocationLike, history: HistoryLike): UrlState {
  return {
    read: () => location.search,
    write(search, mode) {
      const next = normalizeSearch(search);
      if (next === normalizeSearch(location.search)) return 'unchanged';
      const url = `${location.pathname}${next}${location.hash}`;
      if (mode === 'push') history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
      return mode;
    },
  };
}

/**
 * The write a tool makes right after loading its state from the URL: none for a clean URL, a
 * replacement with the canonical query for one that had to be corrected.
 */
export function writeAfterLoad(url: UrlState, canonicalSearch: string, corrected: boolean): WriteResult {
  return corrected ? url.write(canonicalSearch, 'replace') : 'unchanged';
}
