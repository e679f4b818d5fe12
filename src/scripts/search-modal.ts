/**
 * Opens Pagefind's search modal from the header button, "/" and Ctrl/Cmd+K. Pagefind's Component
 * UI (about 180 kB) is fetched only when a reader first asks for search, so pages ship none of it;
 * nor do they ship the code that opens it (search-open.ts), only these listeners.
 * Without JavaScript the header button is a plain link to /search/.
 */
import { withBase } from '../lib/site/href';

let opening: Promise<void> | undefined;

/** The opener itself could not load (a dropped network): say so in the status dialog, with a retry. */
function openerFailed(): void {
  const status = document.querySelector<HTMLDialogElement>('[data-search-status]');
  if (!status) {
    window.location.href = withBase('/search/');
    return;
  }
  status.dataset.state = 'failed';
  const text = status.querySelector('[data-search-status-message]');
  if (text) {
    text.textContent = navigator.onLine
      ? 'Search could not load. Check your connection, then try again.'
      : 'You are offline, and search is not saved on this device yet. Pages you have opened still work.';
  }
  const retry = () => {
    status.close();
    void openSearch();
  };
  status.querySelector('[data-search-retry]')?.addEventListener('click', retry, { once: true });
  status.querySelector('[data-search-close]')?.addEventListener('click', () => status.close(), { once: true });
  if (!status.open) status.showModal();
  status.querySelector<HTMLElement>('[data-search-retry]')?.focus();
}

/** Loads and runs search-open.ts; a second request while it loads is the same request. */
function openSearch(): Promise<void> {
  opening ??= import('./search-open')
    .then((module) => module.openSearch())
    .catch(() => openerFailed())
    .finally(() => {
      opening = undefined;
    });
  return opening;
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
