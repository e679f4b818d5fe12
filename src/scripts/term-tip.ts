/**
 * Glossary terms explained in place (see Term.astro). The definition opens on hover, on focus and
 * on a first tap (a second tap, or the link inside, goes to the full entry); it closes when the
 * pointer or the focus leaves, on Escape and on a tap elsewhere (a native "auto" popover).
 */
const GAP = 6;
let hideTimer = 0;

function place(term: HTMLElement, tip: HTMLElement): void {
  const rect = term.getClientRects()[0] ?? term.getBoundingClientRect();
  const width = tip.offsetWidth;
  const left = Math.max(GAP, Math.min(rect.left, document.documentElement.clientWidth - width - GAP));
  const below = rect.bottom + GAP + tip.offsetHeight < innerHeight;
  const top = below ? rect.bottom + GAP : rect.top - GAP - tip.offsetHeight;
  // Page coordinates: the popover scrolls with the word it explains.
  tip.style.left = `${left + scrollX}px`;
  tip.style.top = `${Math.max(GAP, top) + scrollY}px`;
}

function show(term: HTMLElement, tip: HTMLElement): void {
  clearTimeout(hideTimer);
  if (!tip.matches(':popover-open')) tip.showPopover();
  place(term, tip);
}

function hideSoon(tip: HTMLElement): void {
  clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    if (tip.matches(':popover-open') && !tip.matches(':hover')) tip.hidePopover();
  }, 250);
}

for (const term of document.querySelectorAll<HTMLAnchorElement>('a.term[data-term]')) {
  const tip = document.getElementById(term.dataset.term ?? '');
  if (!tip) continue;
  let touch = false;
  let wasOpen = false;
  term.addEventListener('pointerdown', (e) => {
    touch = e.pointerType !== 'mouse';
    wasOpen = tip.matches(':popover-open');
  });
  term.addEventListener('pointerenter', (e) => e.pointerType === 'mouse' && show(term, tip));
  term.addEventListener('pointerleave', () => hideSoon(tip));
  tip.addEventListener('pointerleave', () => hideSoon(tip));
  tip.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  term.addEventListener('focus', () => show(term, tip));
  term.addEventListener('blur', () => !touch && hideSoon(tip));
  term.addEventListener('click', (e) => {
    // A first tap explains the word; the link inside the popover (or a second tap) opens the entry.
    if (touch && !wasOpen) {
      e.preventDefault();
      show(term, tip);
    }
  });
  term.addEventListener('keydown', (e) => e.key === 'Escape' && tip.matches(':popover-open') && tip.hidePopover());
}
