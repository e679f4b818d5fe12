/**
 * On paper a link is its address. Internal links in the text get their full address, on the
 * origin and base the reader is actually on, in `data-print-href` for print.css to show; a link
 * whose text already is its address gets an empty value, so it is not printed twice.
 */
export function markPrintLinks(root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.prose a[href]')) {
    const raw = link.getAttribute('href') ?? '';
    if (raw.startsWith('#') || link.origin !== window.location.origin) continue;
    const full = link.href;
    link.dataset['printHref'] = link.textContent.trim() === full ? '' : full;
  }
}
