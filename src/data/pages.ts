/**
 * Every query the pages make lives here, so pages stay thin: fetch, render. This module is the
 * only place that knows which collection serves which URL.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { citedSourceIds as comparisonSourceIds } from '../lib/comparison';
import { entryPath, normalizePath } from '../lib/site/paths';
import { routeForPageFile } from '../lib/site/routes';
import { prevNext, sortPages, type OrderedPage } from '../lib/site/prev-next';
import { citedSourceIds } from '../lib/content/mdx-references';
import { PAGE_TITLES, pageTitle } from './page-titles';

export type ArticleCollection = 'guides' | 'processGroups' | 'careers' | 'pages';
export type ArticleEntry = CollectionEntry<ArticleCollection>;

/** Where each article collection is published, and what the search filter calls it. */
export const ARTICLE_COLLECTIONS: Record<ArticleCollection, { base: string; searchSection: string }> = {
  guides: { base: '/guides/', searchSection: 'Guides' },
  processGroups: { base: '/process-groups/', searchSection: 'Process groups' },
  careers: { base: '/careers/', searchSection: 'Careers' },
  pages: { base: '/', searchSection: 'Reference' },
};

export interface ArticlePage extends OrderedPage {
  entry: ArticleEntry;
  collection: ArticleCollection;
}

/**
 * Every page of a build asks for the same lists (header, footer, breadcrumbs, related links), and
 * content does not change during a build: compute each once. In `astro dev` content changes as an
 * author writes, so it is computed afresh on every request there.
 */
export function once<K, V>(make: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return (key) => {
    if (import.meta.env.DEV) return make(key);
    let value = cache.get(key);
    if (!value) cache.set(key, (value = make(key)));
    return value;
  };
}

/** The pages of one section, in reading order. */
export const sectionPages = once(async (collection: ArticleCollection): Promise<ArticlePage[]> => {
  const entries: ArticleEntry[] = await getCollection(collection);
  const { base } = ARTICLE_COLLECTIONS[collection];
  return sortPages(
    entries.map((entry) => ({
      entry,
      collection,
      href: entryPath(base, entry.id),
      title: entry.data.navTitle ?? entry.data.title,
      order: entry.data.order,
    })),
  );
});

/** Every MDX page on the site, all sections together. */
const articlePagesOnce = once(async (): Promise<ArticlePage[]> => {
  const collections = Object.keys(ARTICLE_COLLECTIONS) as ArticleCollection[];
  return (await Promise.all(collections.map((c) => sectionPages(c)))).flat();
});
export function allArticlePages(): Promise<ArticlePage[]> {
  return articlePagesOnce(undefined);
}

/**
 * `getStaticPaths` for a section's catch-all route: one path per entry, `index` as the root, each
 * with its previous and next page in reading order.
 */
export async function articleStaticPaths(collection: ArticleCollection) {
  const pages = await sectionPages(collection);
  return pages.map((page, i) => ({
    params: { slug: page.entry.id === 'index' ? undefined : page.entry.id },
    props: { page, neighbours: prevNext(pages, i) },
  }));
}

const pageFiles = Object.keys(import.meta.glob('/src/pages/**/*.{astro,md,mdx}'));
const staticRoutes = new Set(pageFiles.map(routeForPageFile).filter((r): r is string => r !== undefined));

/** Every URL the site publishes. */
const routesOnce = once(async (): Promise<Set<string>> => {
  const articles = await allArticlePages();
  return new Set([...staticRoutes, ...articles.map((p) => p.href)]);
});
export function allRoutes(): Promise<Set<string>> {
  return routesOnce(undefined);
}

/** Whether the site publishes a page at `href`, so navigation never links to a 404. */
export async function pageExists(href: string): Promise<boolean> {
  return (await allRoutes()).has(normalizePath(href));
}

/** Each MDX page's title by its path, made once per build, for breadcrumbs and "read next" links. */
const articleTitlesOnce = once(
  async (): Promise<Map<string, string>> => new Map((await allArticlePages()).map((p) => [p.href, p.title])),
);
export function articleTitles(): Promise<Map<string, string>> {
  return articleTitlesOnce(undefined);
}

/** The title of the page at `href`, for breadcrumbs and "read next" links. */
export async function titleForPath(href: string): Promise<string | undefined> {
  const path = normalizePath(href);
  return (await articleTitles()).get(path) ?? PAGE_TITLES[path];
}

/** For each source id, the pages that cite it (MDX text, the glossary, the comparison table), for /sources/. */
export async function pagesCitingEachSource(): Promise<Map<string, { href: string; title: string }[]>> {
  type Citing = { href: string; title: string };
  // Per source, its citing pages by href: one entry per page, in the order they are met.
  const citing = new Map<string, Map<string, Citing>>();
  const add = (id: string, page: Citing) => {
    let pages = citing.get(id);
    if (!pages) citing.set(id, (pages = new Map<string, Citing>()));
    if (!pages.has(page.href)) pages.set(page.href, page);
  };
  for (const page of await allArticlePages()) {
    for (const id of citedSourceIds(page.entry.body ?? '')) add(id, { href: page.href, title: page.title });
  }
  for (const term of await getCollection('glossary')) {
    for (const id of term.data.sources) add(id, { href: '/glossary/', title: pageTitle('/glossary/') });
  }
  const comparison = await getEntry('comparison', 'table');
  if (comparison) {
    for (const id of comparisonSourceIds(comparison.data))
      add(id, { href: '/compare/', title: pageTitle('/compare/') });
  }
  const quiz = await getEntry('quiz', 'quiz');
  if (quiz) {
    const ids = [
      ...quiz.data.items.flatMap((item) => item.sources ?? []),
      ...Object.values(quiz.data.outcomes).flatMap((outcome) => outcome.sources),
    ];
    for (const id of ids) add(id, { href: '/quiz/method/', title: pageTitle('/quiz/method/') });
  }
  for (const ladder of await getCollection('ladders')) {
    for (const id of ladder.data.sources) add(id, { href: '/careers/', title: 'Careers' });
  }
  return new Map([...citing].map(([id, pages]) => [id, [...pages.values()]]));
}
