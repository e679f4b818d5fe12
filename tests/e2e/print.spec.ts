/**
 * Print: chrome hidden, citation kept, tool pages print their result, and tables fit the printed
 * width. The PDFs themselves are made with Chromium's own printing (page.pdf), and their page
 * counts logged for the handouts' one-page promises.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** CSS pixels across a printed page: Letter (8.5 in), less print.css's margins. */
const PORTRAIT_WIDTH = Math.floor(8.5 * 96 - (2 * 13 * 96) / 25.4);
/** CSS pixels down a printed Letter page, less print.css's top and bottom margins. */
const PORTRAIT_HEIGHT = Math.floor(11 * 96 - ((14 + 16) * 96) / 25.4);

async function printAt(page: Page, path: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 1000 });
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
}

/** Every table (and the matrix) ends inside the printed width: nothing is clipped at the page's edge. */
async function expectNoClippedTable(page: Page, selector = 'main table'): Promise<void> {
  const overflows = await page.locator(selector).evaluateAll((tables) =>
    tables
      .map((t) => {
        const box = t.getBoundingClientRect();
        const wrapper = t.parentElement;
        return {
          name: t.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? t.className,
          right: box.right,
          scroll: wrapper ? wrapper.scrollWidth - wrapper.clientWidth : 0,
          page: document.documentElement.clientWidth,
        };
      })
      .filter((t) => t.right > t.page + 1 || t.scroll > 1),
  );
  expect(overflows, 'tables wider than the printed page').toEqual([]);
}

test('print hides the chrome and keeps the content and the citation', async ({ page }) => {
  await printAt(page, '/guides/product-vs-project/', PORTRAIT_WIDTH);
  for (const chrome of ['.site-header', '.site-footer', '.search-button', '.theme-toggle', '.breadcrumbs']) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  await expect(page.locator('.heading-anchor').first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.cite-page')).toBeVisible();
  await expect(page.locator('.cite-page [data-cite-style="apa"]')).toBeVisible();
  await expect(page.locator('.cite-page button').first()).toBeHidden();
  // Internal links print their full address on this origin.
  const after = await page
    .locator('.prose a[data-print-href]:not(.term)')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/^" \(http:\/\/localhost:\d+\//);
});

test('a tool page prints its result, not its form', async ({ page }) => {
  await printAt(page, '/compare/?roles=product-manager,project-manager', PORTRAIT_WIDTH);
  await expect(page.locator('.cmp--ready')).toBeVisible();
  await expect(page.locator('.tool-controls')).toBeHidden();
  await expect(page.locator('main table').first()).toBeVisible();
  await expect(page.locator('.cite-page')).toContainText('roles=product-manager');
});

test('the process matrix prints whole on one page, without link noise', async ({ page }) => {
  await printAt(page, '/process-groups/', PORTRAIT_WIDTH);
  await expectNoClippedTable(page, '.matrix table');
  const content = await page
    .locator('.matrix a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(content).toBe('none');
  await expect(page.locator('.matrix li')).toHaveCount(49);
  const matrix = page.locator('.matrix');
  expect(await matrix.evaluate((m) => getComputedStyle(m).breakInside)).toBe('avoid');
  const height = (await matrix.boundingBox())?.height ?? Infinity;
  expect(height, 'the matrix fits the height of one printed page').toBeLessThan(PORTRAIT_HEIGHT);
});

for (const path of ['/process-groups/', '/compare/', '/quiz/worksheet/', '/instructors/at-a-glance/']) {
  test(`${path} prints with no clipped table, as a PDF`, async ({ page }) => {
    await printAt(page, path, PORTRAIT_WIDTH);
    await expectNoClippedTable(page, path === '/process-groups/' ? 'main table:not(.matrix table)' : 'main table');
    const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
    const pages = Number(/\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/.exec(pdf.toString('latin1'))?.[1] ?? 0);
    console.log(`${path}: ${pages} PDF page(s)`);
    expect(pages).toBeGreaterThan(0);
    if (path === '/instructors/at-a-glance/') expect(pages, 'the one-page handout').toBe(1);
  });
}
