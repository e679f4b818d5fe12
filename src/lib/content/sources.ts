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
  edition?: string | undefined;
}

/** Ends a reference part with a full stop, unless it already ends with one, or with "?" or "!". */
function sentence(part: string): string {
  const trimmed = part.trim();
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "4th", "Sixth" -> "4th ed."; an edition already written as "... edition" is kept as it is. */
function editionLabel(edition: string): string {
  return /\bed(?:\.|ition)$/i.test(edition.trim()) ? edition.trim() : `${edition.trim()} ed.`;
}

/**
 * A reference in APA-like form: Author. (Year). Title (Edition). Publisher. ("n.d." when no date is
 * known). A title or author that ends in "?", "!" or "." gets no second full stop.
 */
export function formatReference({ author, title, publisher, year, edition }: SourceLike): string {
  const date = year === undefined ? 'n.d.' : String(year);
  const titled = edition === undefined ? title : `${title.trim()} (${editionLabel(edition)})`;
  const parts = [sentence(author), `(${date}).`, sentence(titled)];
  if (author !== publisher) parts.push(sentence(publisher));
  return parts.join(' ');
}

/** "2026-11-23" -> "November 23, 2026", for "as read on" dates. */
export function formatReadOn(isoDate: string): string {
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
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
