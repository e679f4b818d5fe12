/**
 * The site built under a sub-path (BASE_PATH=/which-pm/, playwright.subpath.config.ts): every link
 * and asset stays under the sub-path and resolves, every page loads without a failed request,
 * search finds pages and links to them under the sub-path, and a tool works.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect } from './fixtures';
import { htmlFiles } from '../support/site-pages';

const BASE = process.env.SUBPATH_BASE ?? '/which-pm/';
const DIST = join(import.meta.dirname, '..', '..', process.env.SUBPATH_OUT ?? '.astro/dist-subpath');

function fileFor(sitePath: string): string {
  const clean = decodeURIComponent(sitePath);
  return clean.endsWith('/') ? join(DIST, clean, 'index.html') : join(DIST, clean);
}

function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

test('every link and asset is under the sub-path and resolves', () => {
  const files = htmlFiles(DIST);
  const problems: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const page = `${BASE}${relative(DIST, file).replace(/index\.html$/, '')}`;
    for (const [, url] of html.matchAll(/\s(?:href|src|action|content)="([^"]*)"/g)) {
      if (!url || /^(?:[a-z]+:|\/\/|#)/i.test(url) || !/^[./]/.test(url)) continue;
      const path = new URL(url.split('#')[0]!, `http://site${page}`).pathname;
      if (!path.startsWith(BASE)) problems.push(`${page} -> ${url} (outside ${BASE})`);
      else if (!existsSync(fileFor(`/${path.slice(BASE.length)}`))) problems.push(`${page} -> ${url} (no file)`);
    }
  }
  expect(files.length).toBeGreaterThan(10);
  expect(problems).toEqual([]);
});

test('the sitemap, robots.txt and canonical URLs name the sub-path', () => {
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(10);
  for (const path of paths) expect(path.startsWith(BASE)).toBe(true);
  expect(paths.some((p) => p.endsWith('/search/'))).toBe(false);
  expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(new RegExp(`Sitemap: \\S+${BASE}sitemap-index\\.xml`));
  const guide = readFileSync(join(DIST, 'guides/product-management/index.html'), 'utf8');
  expect(guide).toMatch(new RegExp(`rel="canonical" href="[^"]+${BASE}guides/product-management/"`));
});

test('every page loads its styles and scripts under the sub-path', async ({ page }) => {
  test.setTimeout(120_000);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  for (const path of sitemapPaths()) {
    await page.goto(path);
    // The site's stylesheet applied: the skip link is moved off screen by it.
    const skip = await page.locator('.skip-link').boundingBox();
    expect(skip === null || skip.y < 0 || skip.x < 0, `styles on ${path}`).toBe(true);
  }
  expect(failed).toEqual([]);
});

test('search finds a page and links to it under the sub-path', async ({ page }) => {
  await page.goto('search/?q=charter');
  const first = page.locator('.search-page pagefind-results a').first();
  await expect(first).toBeVisible();
  expect(await first.getAttribute('href')).toMatch(new RegExp(`^${BASE}`));
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}`));
  await expect(page.locator('h1')).toBeVisible();
});

test('the search modal works under the sub-path', async ({ page }) => {
  await page.goto('guides/product-management/');
  await page.keyboard.press('/');
  const dialog = page.locator('dialog.pf-modal');
  await expect(dialog).toBeVisible();
  await page.keyboard.type('accountability');
  await expect(dialog.locator(`a[href^="${BASE}guides/"]`).first()).toBeVisible();
});

test('the comparison tool loads its data and keeps its state in the address', async ({ page }) => {
  await page.goto('compare/');
  await expect(page.locator('.cmp--ready')).toBeVisible();
  await page.getByLabel('Second column').selectOption('program-manager');
  await expect(page).toHaveURL(new RegExp(`${BASE}compare/\\?.*program-manager`));
  await page.reload();
  await expect(page.locator('.cmp-table thead th[scope="col"]:not(.cmp-corner)')).toHaveText([
    'Product manager',
    'Program manager',
  ]);
});

test('_headers rules sit under the sub-path', () => {
  const paths = readFileSync(join(DIST, '_headers'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('/'));
  expect(paths.length).toBeGreaterThan(3);
  for (const path of paths) expect(path.startsWith(BASE)).toBe(true);
});
