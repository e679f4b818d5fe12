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
  /** What the section's pages are, in the plural, for a long section's "All 120 guides" link; "pages" when unset. */
  pagesNoun?: string;
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
    pagesNoun: 'guides',
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

/**
 * The most links a section sidebar lists. A section of up to this many pages is listed whole; a
 * longer one cannot usefully list them all (a sidebar of 2,000 links helps no reader, and it would
 * make every page's HTML grow with the section), so it shows a window of them.
 */
export const SIDEBAR_CAP = 30;

/** The id of a long section's full list of pages, on its landing page, where the sidebar's "All" link leads. */
export const SECTION_PAGES_ID = 'section-pages';

/** "All 2,004 guides": the sidebar's link to a long section's full list, and that list's heading. */
export function allPagesLabel(section: Section, count: number): string {
  return `All ${count.toLocaleString('en-US')} ${section.pagesNoun ?? 'pages'}`;
}

/** One link of a sidebar, with its place in the section's reading order. */
export interface SidebarEntry<T> {
  link: T;
  /** Its position in the section's links. */
  index: number;
  /** Whether pages of the section are left out between this link and the one listed before it. */
  gapBefore: boolean;
}

/**
 * Which of a section's links (in reading order) its sidebar lists on the page at `current` (its
 * index in `links`; -1 when the page is none of them). Up to `cap` links: all of them. More: the
 * first (the section's landing page), the last, and the pages around the current one, `cap` in all,
 * in reading order, so the reader sees where they are and what comes before and after.
 */
export function sidebarWindow<T>(links: readonly T[], current: number, cap: number = SIDEBAR_CAP): SidebarEntry<T>[] {
  if (cap < 3)
    throw new RangeError(`sidebarWindow: a cap of ${cap} cannot hold the first, the current and the last page`);
  const count = links.length;
  const indices: number[] = [];
  if (count <= cap) {
    for (let i = 0; i < count; i++) indices.push(i);
  } else {
    // Between the first and the last page: a run of `span` pages with the current one in its middle.
    const span = cap - 2;
    const centre = Math.max(current, 0);
    const start = Math.min(Math.max(1, centre - Math.floor((span - 1) / 2)), count - 1 - span);
    indices.push(0);
    for (let i = start; i < start + span; i++) indices.push(i);
    indices.push(count - 1);
  }
  return indices.map((index, i) => ({
    link: links[index] as T,
    index,
    gapBefore: i > 0 && index - (indices[i - 1] as number) > 1,
  }));
}

/**
 * The index of the page being read in its section's links: by exact path through `position` (a map
 * from each link's href to its index), else, in a section without a landing page (the tools, a
 * short fixed list), the link whose sub-page it is (`/quiz/method/` is the quiz). -1: none.
 */
export function currentLinkIndex(
  links: readonly SectionLink[],
  position: ReadonlyMap<string, number>,
  path: string,
  section: Section,
): number {
  const exact = position.get(path);
  if (exact !== undefined) return exact;
  if (section.landing) return -1;
  return links.findIndex((link) => isCurrentLink(link.href, path, section));
}
