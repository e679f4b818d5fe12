/**
 * Opens Pagefind's search modal: loaded by search-modal.ts on the reader's first request for
 * search, so pages ship only the few lines that listen for it. Shows "Loading search…" when the
 * load is slow and "could not load" with a retry when it fails (pagefind-loader.ts).
 */
import { loadSearch, SearchUnavailable } from './pagefind-loader';
import { withBase } from '../lib/site/href';

interface PagefindModalElement extends HTMLElement {
  open(): void;
}

/**
 * The modal's parts, created on first use so no page ships markup it may never need. Once
 * Pagefind's script is loaded, <pagefind-modal> moves them into a native <dialog>.
 */
const MODAL_PARTS = `
  <pagefind-modal-header>
    <pagefind-input placeholder="Search guides, processes, careers, terms"></pagefind-input>
  </pagefind-modal-header>
  <pagefind-modal-body>
    <pagefind-filter-dropdown filter="section" label="Section"></pagefind-filter-dropdown>
    <pagefind-summary></pagefind-summary>
    <pagefind-results></pagefind-results>
  </pagefind-modal-body>
  <pagefind-modal-footer>
    <pagefind-keyboard-hints></pagefind-keyboard-hints>
  </pagefind-modal-footer>`;

function searchModal(): PagefindModalElement {
  const existing = document.querySelector<PagefindModalElement>('pagefind-modal');
  if (existing) return existing;
  const modal = document.createElement('pagefind-modal') as PagefindModalElement;
  modal.setAttribute('reset-on-close', '');
  modal.setAttribute('data-pagefind-ignore', '');
  modal.innerHTML = MODAL_PARTS;
  document.body.append(modal);
  return modal;
}

/**
 * The small dialog that says search is loading (on a slow line, Pagefind's 180 kB take a while)
 * or could not load, with a retry (src/components/offline/SiteNotices.astro holds its markup).
 */
const statusDialog = document.querySelector<HTMLDialogElement>('[data-search-status]');
const LOADING_DELAY_MS = 300;
let opening = false;

function showStatus(state: 'loading' | 'failed', message = ''): void {
  if (!statusDialog) return;
  statusDialog.dataset.state = state;
  const text = statusDialog.querySelector<HTMLElement>('[data-search-status-message]');
  if (text) text.textContent = state === 'loading' ? 'Loading search…' : message;
  if (!statusDialog.open) statusDialog.showModal();
  statusDialog
    .querySelector<HTMLButtonElement>(state === 'failed' ? '[data-search-retry]' : '[data-search-close]')
    ?.focus();
}

export async function openSearch(): Promise<void> {
  if (opening) return;
  opening = true;
  const modal = searchModal();
  const slow = setTimeout(() => showStatus('loading'), LOADING_DELAY_MS);
  try {
    await loadSearch('default');
    clearTimeout(slow);
    statusDialog?.close();
    await customElements.whenDefined('pagefind-modal');
    // The element renders its dialog when it connects; wait a frame for that before opening.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    modal.open();
  } catch (error) {
    clearTimeout(slow);
    if (!statusDialog) window.location.href = withBase('/search/');
    else showStatus('failed', error instanceof SearchUnavailable ? error.message : 'Search could not load.');
  } finally {
    opening = false;
  }
}

statusDialog?.querySelector('[data-search-retry]')?.addEventListener('click', () => void openSearch());
statusDialog?.querySelector('[data-search-close]')?.addEventListener('click', () => statusDialog.close());
