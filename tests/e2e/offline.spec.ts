/**
 * Offline after one visit (src/scripts/service-worker.js): read a few pages, use search and a tool,
 * lose the network (Playwright's offline mode), and the same pages, search and the tool still work;
 * a page never opened says it was not saved. "Save the whole site" states its size, shows progress,
 * and then every page opens offline.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { DIST } from '../support/site-pages';
import { test, expect } from './fixtures';

test.use({
  serviceWorkers: 'allow',
  // Offline, the browser reports each request the page makes that nobody can answer.
  expectedConsoleErrors: [[/Failed to load resource/, /ERR_INTERNET_DISCONNECTED/], { scope: 'test' }],
});

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

async function cachedCount(page: Page, prefix: string): Promise<number> {
  return page.evaluate(async (start) => {
    const cache = await caches.open('which-pm');
    return (await cache.keys()).filter((r) => new URL(r.url).pathname.startsWith(start)).length;
  }, prefix);
}

async function openSearch(page: Page): Promise<void> {
  await page.keyboard.press('/');
  await expect(page.locator('dialog.pf-modal input')).toBeFocused();
}

async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}

test('pages read, search used and a tool opened work offline', async ({ page, context }) => {
  await page.goto('/');
  await controlled(page);
  await page.goto('/compare/');
  await expect(page.locator('.cmp--ready')).toBeVisible();
  await page.goto('/guides/product-management/');
  await openSearch(page);
  await page.keyboard.type('charter');
  await expect(page.locator('dialog.pf-modal a').first()).toBeVisible();
  // The first search stores the whole index in the background.
  const { search } = (await (await page.request.get('/offline.json')).json()) as { search: unknown[] };
  await expect.poll(() => cachedCount(page, '/pagefind/'), { timeout: 20_000 }).toBeGreaterThanOrEqual(search.length);
  await page.keyboard.press('Escape');

  await goOffline(context);
  await page.goto('/guides/product-management/');
  await expect(page.locator('h1')).toHaveText(/product managers/i);
  // Navigate by a link, as a reader would.
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();

  await page.goto('/guides/product-management/');
  await openSearch(page);
  await page.keyboard.type('work breakdown structure');
  await expect(page.locator('dialog.pf-modal a[href*="/process-groups/planning/"]').first()).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto('/compare/');
  await expect(page.locator('.cmp--ready')).toBeVisible();
  await page.getByLabel('Second column').selectOption('program-manager');
  await expect(page.locator('.cmp-table thead th[scope="col"]:not(.cmp-corner)')).toHaveText([
    'Product manager',
    'Program manager',
  ]);

  await page.goto('/careers/faq/');
  await expect(page.locator('h1')).toHaveText('You are offline');
  await expect(page.getByRole('link', { name: 'save the whole site for offline' })).toBeVisible();
});

test('"Save the whole site" states the size first, shows progress, and every page then opens offline', async ({
  page,
  context,
}) => {
  await page.goto('/offline/');
  await controlled(page);
  const size = page.locator('[data-offline-size]');
  await expect(size).toContainText(/about [\d.]+ (kB|MB) to download/);
  const pages = (await (await page.request.get('/offline.json')).json()) as { pages: { url: string }[] };
  await page.getByRole('button', { name: 'Save the whole site for offline' }).click();
  await expect(page.locator('[data-offline-progress]')).toBeVisible();
  await expect(page.locator('[data-offline-result]')).toContainText('Done', { timeout: 30_000 });

  await goOffline(context);
  for (const url of ['/careers/faq/', '/process-groups/closing/', '/quiz/', '/glossary/']) {
    expect(pages.pages.some((p) => p.url === url)).toBe(true);
    await page.goto(url);
    await expect(page.locator('h1')).not.toHaveText('You are offline');
  }
});

test('the page works when the service worker cannot register', async ({ page }) => {
  await page.route('**/sw.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/guides/product-management/');
  await expect(page.locator('h1')).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.locator('dialog.pf-modal')).toBeVisible();
});

test('a new build shows "new version, reload", and Reload brings it in', async ({ page }) => {
  await page.goto('/guides/product-management/');
  await controlled(page);
  const notice = page.locator('[data-update-notice]');
  await expect(notice).toBeHidden();

  // The next build: the same worker with another version stamp, of the same length (the preview
  // server keeps each file's size from its start). Restored afterwards.
  const path = join(DIST, 'sw.js');
  const original = readFileSync(path, 'utf8');
  const next = original.replace(
    /const VERSION = "([^"]+)";/,
    (_, v: string) => `const VERSION = "${'n'.repeat(v.length)}";`,
  );
  expect(next).not.toBe(original);
  writeFileSync(path, next);
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('A new version');

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await controlled(page);
    const version = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ version: string }>) =>
            resolve(event.data.version),
          );
          navigator.serviceWorker.controller?.postMessage({ type: 'version' });
        }),
    );
    expect(version).toMatch(/^n+$/);
    await expect(page.locator('[data-update-notice]')).toBeHidden();
  } finally {
    writeFileSync(path, original);
  }
});
