export interface OrderedPage {
  href: string;
  title: string;
  order: number;
}

export interface PrevNext {
  prev?: OrderedPage | undefined;
  next?: OrderedPage | undefined;
}

/** Sorts a section's pages the way readers meet them: by `order`, then by title for ties. */
export function sortPages<T extends OrderedPage>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

/**
 * The pages before and after the one at `index` of a section's pages in reading order (`sortPages`),
 * for the links at the foot of a page. By position, so a page finds its neighbours without
 * searching or sorting the section again.
 */
export function prevNext(sorted: readonly OrderedPage[], index: number): PrevNext {
  if (index < 0 || index >= sorted.length) return {};
  return { prev: sorted[index - 1], next: sorted[index + 1] };
}
