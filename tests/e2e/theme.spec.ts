/** The theme follows the system until the reader picks one, and the choice holds on every page. */
import { test, expect } from './fixtures';

test('the toggle switches theme and the choice survives navigation without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Switch to dark theme' });
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();

  // The saved theme must be applied before any stylesheet or module runs: check at the first moment.
  await page.goto('/guides/product-vs-project/', { waitUntil: 'commit' });
  await page.waitForSelector('html[data-theme]', { state: 'attached' });
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  // The page colour is on <html> (body is transparent); the light theme's is rgb(250, 248, 244).
  await page.waitForLoadState('load');
  const colours = await page.evaluate(() => ({
    html: getComputedStyle(document.documentElement).backgroundColor,
    body: getComputedStyle(document.body).backgroundColor,
  }));
  expect(colours.html).toBe('rgb(21, 23, 27)');
  expect(['rgba(0, 0, 0, 0)', colours.html]).toContain(colours.body);
});

test('with no choice saved, the page follows the system scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
});
