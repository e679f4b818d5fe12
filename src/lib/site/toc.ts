/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * A two-level table of contents from a page's headings: h2 items with their h3 children.
 * An h3 before any h2 is promoted, so no heading is lost; deeper headings are left out
 * to keep the list short enough to scan.
 */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth !== 2 && heading.depth !== 3) continue;
    const item: TocItem = { slug: heading.slug, text: heading.text, children: [] };
    const parent = toc.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(item);
    else toc.push(item);
  }
  return toc;
}
