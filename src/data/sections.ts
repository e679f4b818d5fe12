import {
  SIDEBAR_CAP,
  currentLinkIndex,
  sidebarWindow,
  type Section,
  type SectionLink,
  type SidebarEntry,
} from '../lib/site/sections';
import { once, pageExists, sectionPages, type ArticleCollection } from './pages';

export { pageExists };

/** The sections whose landing page exists yet: a section joins the header when its page is built. */
export async function existingSections(sections: readonly Section[]): Promise<Section[]> {
  const exists = await Promise.all(sections.map((s) => pageExists(s.href)));
  return sections.filter((_, i) => exists[i]);
}

/** The content collection whose entries make up a section, where one does. */
const SECTION_COLLECTION: Partial<Record<string, ArticleCollection>> = {
  guides: 'guides',
  'process-groups': 'processGroups',
  careers: 'careers',
};

/**
 * Every page of a section in reading order, for the sidebar and the menu: the collection's
 * entries (the landing page first), then the section's other pages. A page that is not built yet
 * is left out, so no link leads to a 404. Each section's list is made once per build, with a map
 * from each page to its place in it, so a page finds itself without reading the whole list.
 */
const sectionIndex = once(async (section: Section) => {
  const collection = SECTION_COLLECTION[section.id];
  const fromCollection: SectionLink[] = collection
    ? (await sectionPages(collection)).map((page) => ({ href: page.href, label: page.title }))
    : [];
  const extras = await Promise.all(section.links.map(async (l) => ((await pageExists(l.href)) ? l : undefined)));
  const links = [...fromCollection, ...extras.filter((l): l is SectionLink => l !== undefined)];
  const position = new Map(links.map((link, i) => [link.href, i]));
  // Where the sidebar lists only a window, the landing page lists the rest in full.
  const fullList =
    links.length > SIDEBAR_CAP && section.landing && position.has(section.href)
      ? links.filter((link) => link.href !== section.href)
      : undefined;
  return { links, position, fullList };
});

export async function sectionLinks(section: Section): Promise<SectionLink[]> {
  return (await sectionIndex(section)).links;
}

/** What the section sidebar shows on the page at `path`. */
export interface SectionNavModel {
  /** The links it lists (all of a short section; a window of a long one), the current one marked. */
  entries: (SidebarEntry<SectionLink> & { current: boolean })[];
  /** How many pages the section has. */
  total: number;
  /**
   * For a section too long for its sidebar, with a landing page: its other pages, which the landing
   * page lists in full (SectionIndex) and the sidebar links to.
   */
  fullList: SectionLink[] | undefined;
}

export async function sectionNav(section: Section, path: string): Promise<SectionNavModel> {
  const { links, position, fullList } = await sectionIndex(section);
  const current = currentLinkIndex(links, position, path, section);
  const entries = sidebarWindow(links, current).map((entry) => ({ ...entry, current: entry.index === current }));
  return { entries, total: links.length, fullList };
}
