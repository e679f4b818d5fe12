import type { Section, SectionLink } from '../lib/site/sections';
import { pageExists, sectionPages, type ArticleCollection } from './pages';

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
 * is left out, so no link leads to a 404.
 */
export async function sectionLinks(section: Section): Promise<SectionLink[]> {
  const collection = SECTION_COLLECTION[section.id];
  const fromCollection: SectionLink[] = collection
    ? (await sectionPages(collection)).map((page) => ({ href: page.href, label: page.title }))
    : [];
  const extras = await Promise.all(section.links.map(async (l) => ((await pageExists(l.href)) ? l : undefined)));
  return [...fromCollection, ...extras.filter((l): l is SectionLink => l !== undefined)];
}
