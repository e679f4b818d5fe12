/**
 * Opens Pagefind's search modal from the header button, "/" and Ctrl/Cmd+K. Pagefind's Component
 * UI (about 180 kB) is fetched only when a reader first asks for search, so pages ship none of it.
 * Without JavaScript the header button is a plain link to /search/.
 */
import { loadPagefindComponents } from './pagefind-loader';

interface PagefindModalElement extends HTMLElement {
  open(): void;
}

async function openSearch(): Promise<void> {
  const modal = document.querySelector<PagefindModalElement>('pagefind-modal');
  if (!modal) return;
  try {
    await loadPagefindComponents();
    await customElements.whenDefined('pagefind-modal');
    // The element renders its dialog when it connects; wait a frame for that before opening.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    modal.open();
  } catch {
    window.location.href = '/search/';
  }
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
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
  if (document.querySelector('dialog[open]')) return;
  event.preventDefault();
  void openSearch();
});
