/** Every page is useful with JavaScript off: its text is there, nothing widens the page. */
import { test, expect } from '@playwright/test';
import { sitemapPaths } from '../support/site-pages';
import { expectNoHorizontalOverflow } from './checks';

test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

for (const path of sitemapPaths()) {
  test(`page ${path} reads without JavaScript`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const text = (await page.getByRole('main').innerText()).trim();
    expect(text.length).toBeGreaterThan(200);
    await expectNoHorizontalOverflow(page);
  });
}

test('the search page says search needs JavaScript and lists the sections', async ({ page }) => {
  await page.goto('/search/?q=charter');
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await expect(page.locator('.search-page__noscript a').first()).toBeVisible();
});

test('the header search button is a plain link to the search page', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('header a[data-search-open]')).toHaveAttribute('href', '/search/');
});
