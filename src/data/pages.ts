/**
 * Every query the pages make lives here, so pages stay thin: fetch, render. This module is the
 * only place that knows which collection serves which URL.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { citedSourceIds as comparisonSourceIds } from '../lib/comparison';
import { entryPath, normalizePath } from '../lib/site/paths';
import { routeForPageFile } from '../lib/site/routes';
import { sortPages, type OrderedPage } from '../lib/site/prev-next';
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
function once<K, V>(make: (key: K) => Promise<V>): (key: K) => Promise<V> {
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

/** `getStaticPaths` for a section's catch-all route: one path per entry, `index` as the root. */
export async function articleStaticPaths(collection: ArticleCollection) {
  const pages = await sectionPages(collection);
  return pages.map((page) => ({
    params: { slug: page.entry.id === 'index' ? undefined : page.entry.id },
    props: { page, pages },
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

/** The title of the page at `href`, for breadcrumbs and "read next" links. */
export async function titleForPath(href: string): Promise<string | undefined> {
  const path = normalizePath(href);
  const page = (await allArticlePages()).find((p) => p.href === path);
  return page?.title ?? PAGE_TITLES[path];
}

/** For each source id, the pages that cite it (MDX text, the glossary, the comparison table), for /sources/. */
export async function pagesCitingEachSource(): Promise<Map<string, { href: string; title: string }[]>> {
  const citing = new Map<string, { href: string; title: string }[]>();
  const add = (id: string, page: { href: string; title: string }) => {
    const pages = citing.get(id) ?? [];
    if (!pages.some((p) => p.href === page.href)) citing.set(id, [...pages, page]);
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
  return citing;
}
