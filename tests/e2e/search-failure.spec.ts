/**
 * Search on a bad network: each file search needs fails in turn, and the page says so, keeps a way
 * to every page in view, and recovers with "Try again" once the file loads, without a reload. The
 * service worker is blocked here so every request really goes to the network.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.use({
  serviceWorkers: 'block',
  // The failures are provoked on purpose: the browser and Pagefind report them in the console.
  // (An array option is given as [value, options]: Playwright reads a bare array as that pair.)
  expectedConsoleErrors: [[/Failed to load resource/, /ERR_/], { scope: 'test' }],
});

/** Every file Pagefind needs before it can answer a query, by pattern. */
const PAGEFIND_FILES: [name: string, pattern: RegExp][] = [
  ['the component UI script', /\/pagefind\/pagefind-component-ui\.js$/],
  ['the search library', /\/pagefind\/pagefind\.js$/],
  ['the index entry', /\/pagefind\/pagefind-entry\.json/],
  ['the WebAssembly', /\/pagefind\/wasm\.en\.pagefind/],
  ['the index metadata', /\/pagefind\/pagefind\.en_[^/]+\.pf_meta/],
];

/**
 * The dialog also needs its opener, the site's own code fetched on first use: a failed module
 * import is remembered by the browser, so "Try again" must fetch it afresh.
 */
const DIALOG_FILES: [name: string, pattern: RegExp][] = [
  ...PAGEFIND_FILES,
  ['the opener', /\/_astro\/search-open\.[\w-]+\.js$/],
];

async function block(page: Page, pattern: RegExp): Promise<() => Promise<void>> {
  const handler = (route: { abort: () => Promise<void> }) => route.abort();
  await page.route(pattern, handler);
  return () => page.unroute(pattern, handler);
}

for (const [name, pattern] of PAGEFIND_FILES) {
  test(`/search/ says so when ${name} fails, keeps the section links, and recovers`, async ({ page }) => {
    const unblock = await block(page, pattern);
    await page.goto('/search/?q=charter');
    await expect(page.getByRole('status').filter({ hasText: 'Search could not load' })).toBeVisible();
    const sections = page.getByRole('navigation', { name: /every page is reachable/i });
    await expect(sections.getByRole('link', { name: 'Glossary', exact: true })).toBeVisible();

    await unblock();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('.search-page pagefind-results a').first()).toBeVisible();
    await expect(sections).toBeHidden();
  });
}

for (const [name, pattern] of DIALOG_FILES) {
  test(`the search dialog says so when ${name} fails, and recovers`, async ({ page }) => {
    const unblock = await block(page, pattern);
    await page.goto('/guides/product-management/');
    await page.keyboard.press('/');
    const status = page.locator('dialog[data-search-status]');
    await expect(status).toContainText('Search could not load');
    await expect(status.getByRole('button', { name: 'Try again' })).toBeFocused();

    await unblock();
    await status.getByRole('button', { name: 'Try again' }).click();
    await expect(status).toBeHidden();
    const dialog = page.locator('dialog.pf-modal');
    await expect(dialog).toBeVisible();
    await page.keyboard.type('accountability');
    await expect(dialog.locator('a[href*="/guides/"]').first()).toBeVisible();
  });
}

test('a slow search shows that it is loading', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/pagefind\/pagefind-component-ui\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/guides/product-management/');
  await page.keyboard.press('/');
  await expect(page.locator('dialog[data-search-status]')).toContainText('Loading search');
  release();
  await expect(page.locator('dialog.pf-modal')).toBeVisible();
  await expect(page.locator('dialog[data-search-status]')).toBeHidden();

  await page.goto('/search/?q=charter');
  await expect(page.locator('.search-page pagefind-results a').first()).toBeVisible();
});

test('/search/ keeps its section links when its own script fails', async ({ page }) => {
  await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
  await page.goto('/search/?q=charter');
  const sections = page.getByRole('navigation', { name: /every page is reachable/i });
  await expect(sections).toBeVisible();
  await expect(sections.getByRole('link')).not.toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Try again' })).toBeHidden();
});

test('offline, search says the reader is offline, and works again online', async ({ page, context }) => {
  await page.goto('/search/');
  await expect(page.locator('.search-page')).toHaveAttribute('data-state', 'ready');
  await page.goto('/guides/product-management/');
  await context.setOffline(true);
  await page.keyboard.press('/');
  const status = page.locator('dialog[data-search-status]');
  await expect(status).toContainText('You are offline');
  await expect(status).not.toContainText('No results');

  await context.setOffline(false);
  await status.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('dialog.pf-modal')).toBeVisible();
});

test('/search/ is noindex, out of the sitemap, and caps the query it echoes', async ({ page, request }) => {
  const long = 'charter '.repeat(40);
  await page.goto(`/search/?q=${encodeURIComponent(long)}`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const input = page.locator('.search-page pagefind-input input');
  await expect(input).not.toHaveValue('');
  expect((await input.inputValue()).length).toBeLessThanOrEqual(100);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/guides/');
  expect(sitemap).not.toContain('/search/');
});
