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

/** What a student types, and the page that must come up in the first five results. */
const SUBJECTS: [query: string, path: string][] = [
  ['product roadmap', '/guides/product-management/'],
  ['projects and operations', '/guides/project-management/'],
  ['working together hand-off', '/guides/working-together/'],
  ['process groups', '/process-groups/'],
  ['project charter', '/process-groups/initiating/'],
  ['work breakdown structure', '/process-groups/planning/'],
  ['lessons learned', '/process-groups/closing/'],
  ['knowledge areas', '/knowledge-areas/'],
  ['PMP', '/careers/degrees-and-certifications/'],
  ['CAPM', '/careers/degrees-and-certifications/'],
  ['product owner', '/careers/hybrid-roles/'],
  ['Scrum master', '/careers/hybrid-roles/'],
  ['career ladder', '/careers/'],
  ['compare roles', '/compare/'],
  ['glossary', '/glossary/'],
];

test('search finds each page by its main subject', async ({ page }) => {
  await page.goto('/search/');
  const misses = await page.evaluate(async (subjects) => {
    // The path is the built site's, not a module TypeScript can see: keep it a plain string.
    const bundle: string = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ bundle);
    const missed: string[] = [];
    for (const [query, path] of subjects) {
      const search = await pagefind.search(query);
      const urls: string[] = await Promise.all(
        search.results.slice(0, 5).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url),
      );
      if (!urls.some((url) => url.split('#')[0] === path)) missed.push(`${query} -> ${path} (got ${urls.join(', ')})`);
    }
    return missed;
  }, SUBJECTS);
  expect(misses).toEqual([]);
});
