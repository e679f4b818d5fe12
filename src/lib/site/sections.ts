/**
 * The site's top-level sections: what the header shows, what breadcrumbs start from and
 * what the search filter calls each part of the site. Order is the header's order.
 */
export interface Section {
  /** Stable id, also the first URL segment where the section has one. */
  id: string;
  /** Label in the header and breadcrumbs. */
  label: string;
  /** The section's landing page. */
  href: string;
  /** The value of the `section` search filter for pages in it. */
  searchLabel: string;
}

export const SECTIONS: readonly Section[] = [
  { id: 'guides', label: 'Guides', href: '/guides/product-vs-project/', searchLabel: 'Guides' },
  { id: 'process-groups', label: 'Process groups', href: '/process-groups/', searchLabel: 'Process groups' },
  { id: 'careers', label: 'Careers', href: '/careers/', searchLabel: 'Careers' },
  { id: 'tools', label: 'Tools', href: '/compare/', searchLabel: 'Tools' },
  { id: 'reference', label: 'Reference', href: '/glossary/', searchLabel: 'Reference' },
];

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The section a path belongs to, or undefined for the home page and stand-alone pages. */
export function sectionForPath(path: string): Section | undefined {
  const first = path.split('/').filter(Boolean)[0];
  if (!first) return undefined;
  const byPrefix: Record<string, string> = {
    guides: 'guides',
    'process-groups': 'process-groups',
    'knowledge-areas': 'process-groups',
    careers: 'careers',
    compare: 'tools',
    quiz: 'tools',
    simulator: 'tools',
    glossary: 'reference',
    sources: 'reference',
  };
  const id = byPrefix[first];
  return SECTIONS.find((s) => s.id === id);
}

/** Whether a header link should be marked as the current section for this path. */
export function isCurrentSection(section: Section, path: string): boolean {
  return sectionForPath(path)?.id === section.id;
}
