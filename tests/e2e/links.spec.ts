/**
 * Every internal link and #anchor in the built site resolves. Reads the HTML files directly: a
 * link is checked once, however many pages carry it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect } from '@playwright/test';
import { DIST, htmlFiles } from '../support/site-pages';

function fileForPath(path: string): string {
  const clean = decodeURIComponent(path);
  if (clean.endsWith('/')) return join(DIST, clean, 'index.html');
  return join(DIST, clean);
}

function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));
}

test('every internal link and anchor resolves', () => {
  const files = htmlFiles(DIST);
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsIn(readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };
  const broken: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const page = `/${relative(DIST, file).replace(/index\.html$/, '')}`;
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (!href || /^(?:[a-z]+:|\/\/)/i.test(href)) continue;
      const [pathPart, hash] = href.split('#') as [string, string | undefined];
      const targetPath = pathPart === '' ? page : new URL(pathPart, `http://site${page}`).pathname;
      const target = fileForPath(targetPath);
      if (!existsSync(target)) {
        broken.push(`${page} -> ${href} (no page)`);
        continue;
      }
      if (hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(hash))) {
        broken.push(`${page} -> ${href} (no #${hash})`);
      }
    }
  }
  expect(files.length).toBeGreaterThan(5);
  expect(broken).toEqual([]);
});
