/**
 * The full search page: loads Pagefind's components, runs the query in `?q=` so that links such
 * as /search/?q=charter show results, and keeps `?q=` in step with what the reader types so the
 * address can be shared.
 */
import { loadPagefindComponents } from './pagefind-loader';

interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: string) => void, owner?: unknown): void;
}
interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}

const INSTANCE = 'page';

export async function startSearchPage(): Promise<void> {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (!page) return;
  try {
    await loadPagefindComponents();
  } catch (error) {
    const message = document.createElement('p');
    message.className = 'search-page__noscript';
    message.textContent = error instanceof Error ? error.message : 'Search could not be loaded.';
    page.prepend(message);
    return;
  }
  await customElements.whenDefined('pagefind-input');
  page.querySelector('[data-search-fallback]')?.remove();
  const components = (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
  const instance = components.getInstanceManager().getInstance(INSTANCE);

  const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
  if (query) {
    const input = page.querySelector<HTMLInputElement>('pagefind-input input');
    if (input) input.value = query;
    instance.triggerSearch(query);
  }

  instance.on('search', (term) => {
    const url = new URL(window.location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}
