/**
 * Brings "Cite this page" up to date in the reader's browser: the build wrote each style with the
 * build's date as the access date and the canonical address, each in a marked span; this puts
 * today's date (the lib's rules, src/lib/site/cite-page.ts) and the address the reader is on (on a
 * tool page, with the tool's state) in their place, and copies a style to the clipboard.
 * Loaded on first use by cite-box.ts; without JavaScript the box keeps the build's text, which
 * says which date it carries.
 */
import { ACCESS_FORMATS, localDay, type AccessFormat } from '../lib/site/cite-page';

const prepared = new WeakSet<HTMLElement>();

function isToolPage(box: HTMLElement): boolean {
  return box.dataset['citeTool'] !== undefined;
}

/** Rewrites the box's dates and address; on a tool page the address includes the tool's state. */
function refresh(box: HTMLElement): void {
  const today = localDay(new Date());
  for (const date of box.querySelectorAll<HTMLElement>('[data-cite-date]')) {
    date.textContent = ACCESS_FORMATS[date.dataset['citeDate'] as AccessFormat](today);
  }
  const state = isToolPage(box) && location.search.length > 1 ? location.search : '';
  const url = `${location.origin}${new URL(box.dataset['citeUrl'] ?? '/', location.href).pathname}${state}`;
  for (const link of box.querySelectorAll('[data-cite-link]')) link.textContent = url;
  const note = box.querySelector('[data-cite-access]');
  if (note) note.textContent = 'The access date is today’s.';
  const stateNote = box.querySelector<HTMLElement>('[data-cite-state]');
  if (stateNote) stateNote.hidden = state === '';
}

/** Brings the box up to date once; a tool page's box follows the address as the reader works. */
export function prepare(box: HTMLElement): void {
  if (prepared.has(box)) return;
  prepared.add(box);
  refresh(box);
  if (isToolPage(box)) {
    const update = () => refresh(box);
    for (const event of ['pointerenter', 'focusin']) box.addEventListener(event, update);
    addEventListener('popstate', update);
    addEventListener('beforeprint', update);
  }
}

/** Copies one style's citation; where the browser refuses, selects it for the reader to copy. */
export async function copy(box: HTMLElement, button: HTMLButtonElement): Promise<void> {
  prepare(box);
  refresh(box);
  const target = box.querySelector(`[data-cite-style="${button.dataset['citeCopy'] ?? ''}"]`);
  const label = button.dataset['citeLabel'] ?? '';
  const status = box.querySelector('.cite-page__status');
  try {
    await navigator.clipboard.writeText(target?.textContent ?? '');
    if (status) status.textContent = `${label} citation copied.`;
  } catch {
    // No clipboard (permission, insecure origin): select the text so the reader can copy it.
    if (target) getSelection()?.selectAllChildren(target);
    if (status) {
      status.textContent = `Your browser did not let the page copy. The ${label} citation is selected: copy it with Ctrl+C (⌘C on a Mac).`;
    }
  }
}
