/** Search: the modal from the button, "/" and Ctrl+K, loaded only on first use; the full page at /search/. */
import { test, expect } from './fixtures';

test('search is not loaded until the reader asks for it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/guides/product-vs-project/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
});

test('the header button opens the modal, and typing finds a guide', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /search/i }).click();
  const dialog = page.locator('dialog.pf-modal');
  await expect(dialog).toBeVisible();
  await page.keyboard.type('accountability');
  await expect(dialog.locator('a[href*="/guides/product-vs-project/"]').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('"/" and Ctrl+K open search from the keyboard', async ({ page }) => {
  await page.goto('/guides/product-management/');
  await page.keyboard.press('/');
  const dialog = page.locator('dialog.pf-modal');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('input')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
});

test('/search/?q= shows results for the query and keeps the address in step', async ({ page }) => {
  await page.goto('/search/?q=product');
  const results = page.locator('.search-page pagefind-results a');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('.search-page pagefind-input input')).toHaveValue('product');
  await page.locator('.search-page pagefind-input input').fill('charter');
  await expect(page).toHaveURL(/q=charter/);
});

test('the search index is filtered by section', async ({ page }) => {
  await page.goto('/search/?q=manager');
  await expect(page.locator('.search-page pagefind-filter-pane')).toContainText('Guides');
});
