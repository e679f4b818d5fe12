/**
 * Loads "Cite this page"'s script (cite-page.ts) when it is needed, so a content page does not pay
 * for it up front: at once on a tool page, whose address changes as the reader works; elsewhere
 * when the reader first points at or tabs into the box, or presses a copy button. Until then the
 * box shows the build's text, which says which date it carries.
 */
import citeScriptUrl from './cite-page.ts?chunk-url';
import { importOnDemand } from './import-on-demand';
import type * as CitePage from './cite-page';

const load = importOnDemand<typeof CitePage>(citeScriptUrl);

for (const box of document.querySelectorAll<HTMLElement>('.cite-page[data-cite-url]')) {
  const prepare = () => {
    void load().then(
      (cite) => cite.prepare(box),
      () => undefined, // shown again on the next use; the box keeps the build's text meanwhile
    );
  };
  if (box.dataset['citeTool'] !== undefined) prepare();
  else for (const event of ['pointerover', 'focusin']) box.addEventListener(event, prepare, { once: true });
  box.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-cite-copy]');
    if (!button) return;
    void load().then(
      (cite) => cite.copy(box, button),
      () => {
        const status = box.querySelector<HTMLElement>('.cite-page__status');
        if (status) status.textContent = status.dataset['loadFailed'] ?? '';
      },
    );
  });
}
