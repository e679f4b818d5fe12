/**
 * Held over every page in the sitemap, so each new page meets them for free: no axe violation
 * (WCAG 2.2 A/AA and best practices) in the light or the dark theme, no horizontal scrolling at
 * 320 px or 360 px, and (through the fixture) no console error and no request leaving the site.
 */
import { test, expect } from './fixtures';
import { expectAccessibleInBothThemes, expectFitsPhoneWidths } from './checks';
import { sitemapPaths } from '../support/site-pages';

const MISSING = '/a-page-that-does-not-exist/';
const paths = [...sitemapPaths(), MISSING];

// The not-found page is served with status 404, which the browser logs as an error.
test.use({ expectedConsoleErrors: [new RegExp(`${MISSING}: Failed to load resource: .* 404`)] });

for (const path of paths) {
  test(`page ${path} is accessible in both themes and fits 320 and 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === MISSING ? 404 : 200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expectFitsPhoneWidths(page);
    await expectAccessibleInBothThemes(page);
  });
}

test('wide screens show the table of contents beside the text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/guides/product-vs-project/');
  await expect(page.locator('.page-aside').getByRole('navigation', { name: 'On this page' })).toBeVisible();
  await expect(page.locator('.toc-inline')).toBeHidden();
});
