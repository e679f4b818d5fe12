/**
 * Opens Pagefind's search modal from the header button, "/" and Ctrl/Cmd+K. Pagefind's Component
 * UI (about 180 kB) is fetched only when a reader first asks for search, so pages ship none of it;
 * nor do they ship the code that opens it (search-open.ts), only these listeners. That code is a
 * chunk of its own, imported by its address on first use (scripts/chunk-url.mjs says why not by
 * its path).
 * Without JavaScript the header button is a plain link to /search/.
 */
import openerUrl from './search-open.ts?chunk-url';
import { importOnDemand } from './import-on-demand';
import type * as SearchOpener from './search-open';

const loadOpener = importOnDemand<typeof SearchOpener>(openerUrl);

let opening = false;

/** The opener itself could not load (a dropped network): say so in the status dialog, with a retry. */
function openerFailed(): void {
  const status = document.querySelector<HTMLDialogElement>('[data-search-status]');
  if (!status) {
    const searchPage = document.querySelector<HTMLAnchorElement>('a[data-search-open]');
    if (searchPage) location.href = searchPage.href;
    return;
  }
  status.dataset.state = 'failed';
  const text = status.querySelector('[data-search-status-message]');
  // The words are in the dialog's markup (SiteNotices.astro), which keeps them out of every page's script.
  if (text) text.textContent = (navigator.onLine ? status.dataset['failed'] : status.dataset['offline']) ?? '';
  const retry = () => {
    status.close();
    void openSearch();
  };
  status.querySelector('[data-search-retry]')?.addEventListener('click', retry, { once: true });
  status.querySelector('[data-search-close]')?.addEventListener('click', () => status.close(), { once: true });
  if (!status.open) status.showModal();
  status.querySelector<HTMLElement>('[data-search-retry]')?.focus();
}

/**
 * Loads search-open.ts and asks it to open search; one request at a time. A failed load is not
 * kept, so "Try again" fetches the opener afresh (import-on-demand.ts).
 */
async function openSearch(): Promise<void> {
  if (opening) return;
  opening = true;
  try {
    await (await loadOpener()).openSearch();
  } catch {
    openerFailed();
  } finally {
    opening = false;
  }
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

for (const trigger of document.querySelectorAll<HTMLAnchorElement>('[data-search-open]')) {
  trigger.setAttribute('role', 'button');
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', (event) => {
    event.preventDefault();
    void openSearch();
  });
  trigger.addEventListener('keydown', (event) => {
    // A link-turned-button must also answer the space bar, as a real button does.
    if (event.key === ' ') {
      event.preventDefault();
      void openSearch();
    }
  });
}

document.addEventListener('keydown', (event) => {
  const commandK = event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey);
  const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !isTyping(event.target);
  if (!commandK && !slash) return;
  if (document.querySelector('dialog[open]') || opening) return;
  event.preventDefault();
  void openSearch();
});
