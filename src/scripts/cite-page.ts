/**
 * Brings "Cite this page" up to date in the reader's browser: today's date as the access date, the
 * address the reader is on (origin and base) instead of the one the build assumed, the tool's
 * current state on tool pages, and a copy button per style. Without JavaScript the box keeps the
 * build's text, which says which date it carries.
 */
import { CITATION_STYLES, citationParts, citedUrl, type CitationStyle, type PageCitation } from '../lib/site/cite-page';
import { BASE } from '../lib/site/href';

function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

function citationOf(box: HTMLElement): PageCitation | null {
  const { citeTitle, citePath, citeReviewed } = box.dataset;
  if (citeTitle === undefined || citePath === undefined || citeReviewed === undefined) return null;
  const reviewed = new Date(`${citeReviewed}T00:00:00Z`);
  if (Number.isNaN(reviewed.getTime())) return null;
  const search = box.dataset['citeTool'] !== undefined ? window.location.search : '';
  return {
    title: citeTitle,
    url: citedUrl(window.location.origin, BASE, citePath, search),
    reviewed,
    accessed: today(),
  };
}

function render(box: HTMLElement): PageCitation | null {
  const citation = citationOf(box);
  if (!citation) return null;
  for (const { id } of CITATION_STYLES) {
    const target = box.querySelector<HTMLElement>(`[data-cite-style="${id}"]`);
    if (!target) continue;
    target.replaceChildren(
      ...citationParts(id, citation).map((part) => {
        if (!part.italic) return document.createTextNode(part.text);
        const i = document.createElement('i');
        i.textContent = part.text;
        return i;
      }),
    );
  }
  const access = box.querySelector('[data-cite-access]');
  if (access) access.textContent = 'The access date is today’s.';
  const state = box.querySelector<HTMLElement>('[data-cite-state]');
  if (state) state.hidden = window.location.search.length <= 1;
  return citation;
}

async function copy(box: HTMLElement, style: CitationStyle, label: string): Promise<void> {
  // The state may have changed since the last render (a tool rewrites the address bar).
  render(box);
  const target = box.querySelector<HTMLElement>(`[data-cite-style="${style}"]`);
  const status = box.querySelector('.cite-page__status');
  const text = target?.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = `${label} citation copied.`;
  } catch {
    // No clipboard (permission, insecure origin): select the text so the reader can copy it.
    if (target) window.getSelection()?.selectAllChildren(target);
    if (status)
      status.textContent = `Your browser did not let the page copy. The ${label} citation is selected: copy it with Ctrl+C (⌘C on a Mac).`;
  }
}

export function initCitePage(): void {
  for (const box of document.querySelectorAll<HTMLElement>('.cite-page[data-cite-path]')) {
    if (!render(box)) continue;
    for (const button of box.querySelectorAll<HTMLButtonElement>('[data-cite-copy]')) {
      const style = CITATION_STYLES.find((s) => s.id === button.dataset['citeCopy']);
      if (!style) continue;
      button.hidden = false;
      button.addEventListener('click', () => void copy(box, style.id, style.label));
    }
    // Tool pages change their address without reloading: refresh when the reader comes to the box.
    if (box.dataset['citeTool'] !== undefined) {
      const refresh = () => render(box);
      window.addEventListener('popstate', refresh);
      box.addEventListener('pointerenter', refresh);
      box.addEventListener('focusin', refresh);
      window.addEventListener('beforeprint', refresh);
      new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) refresh();
      }).observe(box);
    }
  }
}
