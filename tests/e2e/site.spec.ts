/**
 * Held over every page in the sitemap, so each new page meets them for free: no axe violation
 * (WCAG 2.2 A/AA and best practices) in the light or the dark theme, no horizontal scrolling at
 * 360 px, and (through the fixture) no console error and no request leaving the site.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { sitemapPaths } from '../support/site-pages';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const MISSING = '/a-page-that-does-not-exist/';
const paths = [...sitemapPaths(), MISSING];

function summarize(violations: { id: string; help: string; nodes: { target: unknown }[] }[]): string[] {
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => JSON.stringify(n.target))
        .slice(0, 3)
        .join(', ')})`,
  );
}

// The not-found page is served with status 404, which the browser logs as an error.
test.use({ expectedConsoleErrors: [new RegExp(`${MISSING}: Failed to load resource: .* 404`)] });

for (const path of paths) {
  test(`page ${path} is accessible in both themes and fits 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === MISSING ? 404 : 200);
    await expect(page.locator('h1')).toHaveCount(1);

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal overflow at 360 px').toBeLessThanOrEqual(0);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(summarize(violations), `axe in ${scheme} theme`).toEqual([]);
    }
  });
}

test('wide screens show the table of contents beside the text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/guides/product-vs-project/');
  await expect(page.locator('.page-aside .toc')).toBeVisible();
  await expect(page.locator('.toc-inline')).toBeHidden();
});
