/**
 * The small behaviours every page shares, in one module so a guide page stays under its 3 kB of
 * JavaScript. Each one only adds to what already works without a script: the menus are native
 * popovers, the tables scroll, the table of contents and "back to top" are plain links.
 *  - A popover's button says whether it is open (aria-expanded); following a link inside a
 *    popover closes it, so the menu and the contents do not cover the place a reader jumped to.
 *  - After the header scrolls out of view, <html data-scrolled> shows the "Top" and "Contents"
 *    buttons (CSS in layout.css).
 *  - The table of contents marks the section being read (aria-current="true").
 *  - A scroll box that holds more than it shows (a wide table) gets a visible hint and a shadow
 *    at each cut edge; one that fits gets neither.
 */
const root = document.documentElement;

for (const popover of document.querySelectorAll<HTMLElement>('[popover]')) {
  const buttons = document.querySelectorAll(`[popovertarget="${popover.id}"]`);
  const sync = (open: boolean) => buttons.forEach((b) => b.setAttribute('aria-expanded', String(open)));
  sync(false);
  popover.addEventListener('toggle', (event) => sync(event.newState === 'open'));
  popover.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a') && popover.matches(':popover-open')) popover.hidePopover();
  });
}

const header = document.querySelector('.site-header');
if (header) {
  new IntersectionObserver(([entry]) => {
    root.toggleAttribute('data-scrolled', !entry?.isIntersecting);
  }).observe(header);
}

const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
const headings = [...new Set(tocLinks.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))))].filter(
  (h): h is HTMLElement => h !== null,
);
let frame = 0;
function markSection(): void {
  frame = 0;
  // The section being read is the lowest heading that has passed the top third of the window.
  let current: HTMLElement | undefined;
  let best = -Infinity;
  for (const heading of headings) {
    const top = heading.getBoundingClientRect().top;
    if (top < innerHeight / 3 && top > best) [current, best] = [heading, top];
  }
  for (const link of tocLinks) {
    if (current && link.hash === `#${current.id}`) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}
if (headings.length > 0) {
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(markSection)), { passive: true });
  markSection();
}

for (const scroller of document.querySelectorAll<HTMLElement>('.table-wrap, .matrix, [data-scroll-hint]')) {
  const box = document.createElement('div');
  const hint = document.createElement('p');
  box.className = 'scroll-box';
  hint.className = 'scroll-hint';
  hint.setAttribute('aria-hidden', 'true');
  hint.textContent = 'Scroll sideways for more →';
  scroller.before(box);
  box.append(hint, scroller);
  const update = () => {
    const more = scroller.scrollWidth - scroller.clientWidth > 1;
    hint.hidden = !more;
    box.toggleAttribute('data-overflow', more);
    box.toggleAttribute('data-start', scroller.scrollLeft > 1);
    box.toggleAttribute('data-end', scroller.scrollLeft >= scroller.scrollWidth - scroller.clientWidth - 1);
  };
  new ResizeObserver(update).observe(scroller);
  scroller.addEventListener('scroll', update, { passive: true });
}
