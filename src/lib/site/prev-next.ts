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

/** The pages before and after `href` in its section, for the links at the foot of a page. */
export function prevNext(pages: readonly OrderedPage[], href: string): PrevNext {
  const sorted = sortPages(pages);
  const index = sorted.findIndex((p) => p.href === href);
  if (index === -1) return {};
  return { prev: sorted[index - 1], next: sorted[index + 1] };
}
