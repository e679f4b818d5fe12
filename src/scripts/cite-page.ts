/**
 * Brings "Cite this page" up to date in the reader's browser, in as few bytes as it can (it runs on
 * every page): the build wrote each style's text with the build's address and date, so this only
 * swaps in the address the reader is on (their origin and, on a tool page, the tool's state) and
 * today's date as the access date, then adds a copy button per style. The rules of the four styles
 * stay in src/lib/site/cite-page.ts, used at build time. Without JavaScript the box keeps the build's
 * text, which says which date it carries.
 */
/** A day in the three ways the styles write an access date: "November 23, 2026", "23 Nov. 2026", "2026-11-23". */
function formats(year: number, monthIndex: number, day: number): [long: string, mla: string, iso: string] {
  const month = new Date(Date.UTC(year, monthIndex, 15)).toLocaleDateString('en-US', {
    month: 'long',
    timeZone: 'UTC',
  });
  // MLA abbreviates months to three letters and a full stop, except May, June and July; September is "Sept."
  const mlaMonth = month.length <= 4 ? month : month === 'September' ? 'Sept.' : `${month.slice(0, 3)}.`;
  const pad = (n: number) => String(n).padStart(2, '0');
  return [`${month} ${day}, ${year}`, `${day} ${mlaMonth} ${year}`, `${year}-${pad(monthIndex + 1)}-${pad(day)}`];
}

/** Replaces text in the box's citations, text node by text node, so the italics stay. */
function replaceIn(box: HTMLElement, pairs: readonly [string, string][]): void {
  for (const target of box.querySelectorAll('[data-cite-style]')) {
    const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let text = node.nodeValue ?? '';
      for (const [from, to] of pairs) text = text.split(from).join(to);
      node.nodeValue = text;
    }
  }
}

function init(box: HTMLElement): void {
  const { citeUrl, citeBuilt } = box.dataset;
  const built = /^(\d{4})-(\d\d)-(\d\d)$/.exec(citeBuilt ?? '');
  if (!citeUrl || !built) return;
  // The build wrote its own date as the access date; today's replaces it wherever it is the access date.
  const [long, mla, iso] = formats(Number(built[1]), Number(built[2]) - 1, Number(built[3]));
  const now = new Date();
  const [nowLong, nowMla, nowIso] = formats(now.getFullYear(), now.getMonth(), now.getDate());
  replaceIn(box, [
    [`Retrieved ${long}`, `Retrieved ${nowLong}`],
    [`Accessed ${long}`, `Accessed ${nowLong}`],
    [`Accessed ${mla}`, `Accessed ${nowMla}`],
    [`urldate = {${iso}}`, `urldate = {${nowIso}}`],
  ]);
  const access = box.querySelector('[data-cite-access]');
  if (access) access.textContent = 'The access date is today’s.';

  // The address: the reader's own origin and base, and on a tool page the state in the address bar.
  let shown = citeUrl;
  const tool = box.dataset['citeTool'] !== undefined;
  const refresh = () => {
    const search = tool && location.search.length > 1 ? location.search : '';
    const url = `${location.origin}${new URL(citeUrl).pathname}${search}`;
    if (url !== shown) replaceIn(box, [[shown, url]]);
    shown = url;
    const state = box.querySelector<HTMLElement>('[data-cite-state]');
    if (state) state.hidden = search === '';
  };
  refresh();

  const status = box.querySelector('.cite-page__status');
  for (const button of box.querySelectorAll<HTMLButtonElement>('[data-cite-copy]')) {
    const target = box.querySelector(`[data-cite-style="${button.dataset['citeCopy'] ?? ''}"]`);
    const label = button.dataset['citeLabel'] ?? '';
    button.hidden = false;
    button.addEventListener('click', () => {
      refresh();
      navigator.clipboard.writeText(target?.textContent ?? '').then(
        () => {
          if (status) status.textContent = `${label} citation copied.`;
        },
        () => {
          // No clipboard (permission, insecure origin): select the text so the reader can copy it.
          if (target) getSelection()?.selectAllChildren(target);
          if (status) {
            status.textContent = `Your browser did not let the page copy. The ${label} citation is selected: copy it with Ctrl+C (⌘C on a Mac).`;
          }
        },
      );
    });
  }
  // Tool pages change their address without reloading: refresh when the reader comes to the box or prints.
  if (tool) {
    for (const event of ['pointerenter', 'focusin']) box.addEventListener(event, refresh);
    addEventListener('popstate', refresh);
    addEventListener('beforeprint', refresh);
  }
}

export function initCitePage(): void {
  for (const box of document.querySelectorAll<HTMLElement>('.cite-page[data-cite-url]')) init(box);
}
