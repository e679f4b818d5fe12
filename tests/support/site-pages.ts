/** The built site's pages, read from its sitemap: every page-wide test runs over this list. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './content-files';

export const DIST = join(ROOT, 'dist');

export function sitemapPaths(): string[] {
  let xml: string;
  try {
    xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  } catch {
    throw new Error(
      'dist/sitemap-0.xml is missing: run `npm run build` before the end-to-end tests (npm test does both).',
    );
  }
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname).sort();
}

/** Every HTML file of a built site (the search index and bundled assets left out). */
export function htmlFiles(dir: string = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.name === 'pagefind' || d.name === '_astro') return [];
    const path = join(dir, d.name);
    return d.isDirectory() ? htmlFiles(path) : d.name.endsWith('.html') ? [path] : [];
  });
}
