/** How /sources/ groups and formats references. */
export type SourceKind = 'standard' | 'official' | 'government' | 'article' | 'secondary';

export const SOURCE_KIND_HEADINGS: Record<SourceKind, string> = {
  standard: 'Standards and guides',
  official: 'Certification bodies and training providers',
  government: 'Government data',
  article: 'Articles',
  secondary: 'Secondary summaries',
};

export const SOURCE_KIND_ORDER: SourceKind[] = ['standard', 'government', 'official', 'article', 'secondary'];

interface SourceLike {
  author: string;
  title: string;
  publisher: string;
  year?: number | undefined;
}

/** A reference in APA-like form: Author. (Year). Title. Publisher. ("n.d." when no date is known) */
export function formatReference({ author, title, publisher, year }: SourceLike): string {
  const date = year === undefined ? 'n.d.' : String(year);
  const by = author === publisher ? '' : ` ${publisher}.`;
  return `${author}. (${date}). ${title}.${by}`;
}

/** Groups items by kind in the page's order, leaving out kinds with no items. */
export function groupByKind<T extends { kind: SourceKind }>(
  items: readonly T[],
): { kind: SourceKind; heading: string; items: T[] }[] {
  return SOURCE_KIND_ORDER.map((kind) => ({
    kind,
    heading: SOURCE_KIND_HEADINGS[kind],
    items: items.filter((i) => i.kind === kind),
  })).filter((group) => group.items.length > 0);
}
