/**
 * The site's top-level sections: what the header and the phone menu show, what breadcrumbs start
 * from, what the section sidebar lists and what the search filter calls each part of the site.
 * Order is the header's order.
 */
export interface SectionLink {
  /** Site path of the page. */
  href: string;
  /** What the link says: the page it leads to, in a few words. */
  label: string;
}

export interface Section {
  /** Stable id, also the first URL segment where the section has one. */
  id: string;
  /** Label in the header, the menu and breadcrumbs: says what the section holds. */
  label: string;
  /** The section's landing page, or its first page when it has no landing page (`landing: false`). */
  href: string;
  /** Whether `href` is a page about the whole section; the tools have none, so the header shows them as a menu. */
  landing: boolean;
  /** One sentence: what a reader finds in the section (the not-found page's cards). */
  description: string;
  /** The value of the `section` search filter for pages in it. */
  searchLabel: string;
  /**
   * Pages of the section that are not entries of its content collection, in the order the
   * sidebar and the menu list them; the tools' and the glossary's pages are all here.
   */
  links: readonly SectionLink[];
}

export const SECTIONS: readonly Section[] = [
  {
    id: 'guides',
    label: 'Guides',
    href: '/guides/',
    landing: true,
    description: 'Four guides in reading order: each role on its own, the difference, and how the two work together.',
    searchLabel: 'Guides',
    links: [],
  },
  {
    id: 'process-groups',
    label: 'Process groups',
    href: '/process-groups/',
    landing: true,
    description: 'The five PMI process groups and the 49 processes of the PMBOK Guide, 6th edition.',
    searchLabel: 'Process groups',
    links: [{ href: '/knowledge-areas/', label: 'The ten knowledge areas' }],
  },
  {
    id: 'careers',
    label: 'Careers',
    href: '/careers/',
    landing: true,
    description: 'The two career ladders, first roles, pay, degrees and how people move between the paths.',
    searchLabel: 'Careers',
    links: [],
  },
  {
    id: 'tools',
    label: 'Tools',
    href: '/compare/',
    landing: false,
    description: 'Compare the roles cell by cell, take the career-fit quiz, or try both jobs in the simulator.',
    searchLabel: 'Tools',
    links: [
      { href: '/compare/', label: 'Compare the roles' },
      { href: '/quiz/', label: 'Career-fit quiz' },
      { href: '/simulator/', label: 'Role simulator' },
    ],
  },
  {
    id: 'reference',
    label: 'Glossary & sources',
    href: '/glossary/',
    landing: true,
    description: 'Every term of both fields in plain language, and every source the site cites.',
    searchLabel: 'Reference',
    links: [
      { href: '/glossary/', label: 'Glossary' },
      { href: '/sources/', label: 'Sources' },
    ],
  },
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

/**
 * Whether a link in a section's list is the page being read (`aria-current="page"`). A tool's
 * sub-pages (/quiz/method/) count as the tool, so the menu still shows where the reader is.
 */
export function isCurrentLink(href: string, path: string, section?: Section): boolean {
  if (href === path) return true;
  if (!section || section.landing) return false;
  return path.startsWith(href) && !section.links.some((l) => l.href !== href && path.startsWith(l.href));
}
