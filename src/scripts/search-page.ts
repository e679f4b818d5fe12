/**
 * The full search page: loads Pagefind's components and index, runs the query in `?q=` so that
 * links such as /search/?q=charter show results, and keeps `?q=` in step with what the reader types
 * so the address can be shared. Until search is really ready the section links stay in view; if it
 * cannot load, the page says so and offers a retry that works without a reload.
 */
import { loadSearch, SearchUnavailable } from './pagefind-loader';

const INSTANCE = 'page';
/** Longer queries are cut: nobody types them, and the page echoes the query back. */
export const MAX_QUERY = 100;

/** The query to run from a `?q=` value: trimmed, and cut to MAX_QUERY characters. */
export function queryFrom(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, MAX_QUERY);
}

function setState(page: HTMLElement, state: 'loading' | 'ready' | 'failed', message = ''): void {
  page.dataset.state = state;
  const status = page.querySelector<HTMLElement>('[data-search-page-status]');
  if (status) status.textContent = state === 'loading' ? 'Loading search…' : message;
}

async function start(page: HTMLElement): Promise<void> {
  setState(page, 'loading');
  let instance;
  try {
    instance = await loadSearch(INSTANCE);
  } catch (error) {
    setState(page, 'failed', error instanceof SearchUnavailable ? error.message : 'Search could not load.');
    page.querySelector<HTMLButtonElement>('[data-search-page-retry]')?.focus();
    return;
  }
  setState(page, 'ready');

  const query = queryFrom(window.location.search);
  const input = page.querySelector<HTMLInputElement>('pagefind-input input');
  if (input) input.maxLength = MAX_QUERY;
  if (query) {
    if (input) input.value = query;
    instance.triggerSearch(query);
  }

  instance.on(
    'search',
    (term) => {
      const url = new URL(window.location.href);
      if (term) url.searchParams.set('q', term.slice(0, MAX_QUERY));
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    },
    'which-pm-search-page',
  );
}

export function startSearchPage(): void {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (!page) return;
  page.querySelector('[data-search-page-retry]')?.addEventListener('click', () => void start(page));
  void start(page);
}
