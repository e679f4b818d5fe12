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

/**
 * What a student types, and the page that must come up in the first five results. A natural question
 * that two pages answer (the guide and the careers page on the same role) lists both; either will do.
 */
const SUBJECTS: [query: string, path: string | string[]][] = [
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
  // Issue 10: subjects and natural phrasings; the subject's page must beat /sources/ and /glossary/.
  ['difference between product and project manager', ['/guides/product-vs-project/', '/compare/']],
  ['how much do project managers earn', ['/careers/faq/', '/careers/pay-and-demand/']],
  ['scrum master', '/careers/hybrid-roles/'],
  ['salary', '/careers/pay-and-demand/'],
  ['pay', '/careers/pay-and-demand/'],
  ['earnings', '/careers/pay-and-demand/'],
  ['first job', '/careers/first-role/'],
  ['apprenticeship', ['/careers/around-the-world/', '/careers/first-role/']],
  ['PRINCE2', '/careers/around-the-world/'],
  ['management reserve', '/process-groups/monitoring-and-controlling/'],
  ['PMP eligibility', '/careers/degrees-and-certifications/'],
  ['contact hours', '/careers/degrees-and-certifications/'],
  ['PgMP', '/careers/degrees-and-certifications/'],
  ['product manager career', '/careers/product-management/'],
  ['project manager career', '/careers/project-management/'],
  ['technical program manager', '/careers/hybrid-roles/'],
  ['delivery manager', '/careers/hybrid-roles/'],
  ['product operations', '/careers/hybrid-roles/'],
  ['planning process group', '/process-groups/planning/'],
  ['executing', '/process-groups/executing/'],
  ['monitoring and controlling', '/process-groups/monitoring-and-controlling/'],
  ['initiating', '/process-groups/initiating/'],
  ['closing a project', '/process-groups/closing/'],
  ['PMBOK 8th edition', '/process-groups/'],
  ['integration management', '/knowledge-areas/'],
  ['RACI', '/guides/working-together/'],
  ['what does a product manager do', ['/guides/product-management/', '/careers/product-management/']],
  ['what does a project manager do', ['/guides/project-management/', '/careers/project-management/']],
];

/** Subjects whose own page must rank above /sources/ and /glossary/ (both may also appear lower down). */
const ABOVE_REFERENCE: [query: string, path: string][] = [
  ['scrum master', '/careers/hybrid-roles/'],
  ['PMP', '/careers/degrees-and-certifications/'],
  ['salary', '/careers/pay-and-demand/'],
  ['PRINCE2', '/careers/around-the-world/'],
  ['process groups', '/process-groups/'],
  ['product owner', '/careers/hybrid-roles/'],
];

/** A term's glossary entry ranks above a page that merely uses the word. */
const GLOSSARY_FIRST: [query: string, unrelated: string][] = [
  ['contact hour', '/guides/working-together/'],
  ['net promoter score', '/careers/product-management/'],
  ['contingency reserve', '/process-groups/planning/'],
];

test('search finds each page by its main subject', async ({ page }) => {
  await page.goto('/search/');
  const misses = await page.evaluate(async (subjects) => {
    // The path is the built site's, not a module TypeScript can see: keep it a plain string.
    const bundle: string = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ bundle);
    const missed: string[] = [];
    for (const [query, path] of subjects) {
      const wanted = Array.isArray(path) ? path : [path];
      const search = await pagefind.search(query);
      const urls: string[] = await Promise.all(
        search.results.slice(0, 5).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url),
      );
      if (!urls.some((url) => wanted.includes(url.split('#')[0] ?? ''))) {
        missed.push(`${query} -> ${wanted.join(' or ')} (got ${urls.join(', ')})`);
      }
    }
    return missed;
  }, SUBJECTS);
  expect(misses).toEqual([]);
});

test('a subject page ranks above /sources/ and /glossary/, and a term above a page that only uses it', async ({
  page,
}) => {
  await page.goto('/search/');
  const problems = await page.evaluate(
    async ([above, glossaryFirst]) => {
      const bundle: string = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ bundle);
      const order = async (query: string): Promise<string[]> => {
        const search = (await pagefind.search(query)) as { results: { data(): Promise<{ url: string }> }[] };
        return Promise.all(search.results.map(async (r) => (await r.data()).url.split('#')[0] ?? ''));
      };
      const found: string[] = [];
      for (const [query, path] of above) {
        const urls = await order(query);
        const own = urls.indexOf(path);
        for (const ref of ['/sources/', '/glossary/']) {
          const at = urls.indexOf(ref);
          if (own === -1 || (at !== -1 && at < own)) found.push(`${query}: ${path} at ${own}, ${ref} at ${at}`);
        }
      }
      for (const [query, unrelated] of glossaryFirst) {
        const urls = await order(query);
        const g = urls.indexOf('/glossary/');
        const u = urls.indexOf(unrelated);
        if (g === -1 || (u !== -1 && u < g)) found.push(`${query}: /glossary/ at ${g}, ${unrelated} at ${u}`);
      }
      return found;
    },
    [ABOVE_REFERENCE, GLOSSARY_FIRST] as const,
  );
  expect(problems).toEqual([]);
});

test('no sub-result is a bare index letter of the glossary', async ({ page }) => {
  await page.goto('/search/');
  const letters = await page.evaluate(async () => {
    const bundle: string = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ bundle);
    const search = await pagefind.search('scrum');
    const data: { sub_results: { title: string }[] }[] = await Promise.all(
      search.results.map((r: { data(): Promise<{ sub_results: { title: string }[] }> }) => r.data()),
    );
    return data.flatMap((d) => d.sub_results.map((s) => s.title)).filter((t) => /^[A-Z#]$/.test(t.trim()));
  });
  expect(letters).toEqual([]);
});

test('nothing of the page moves as search loads; only Pagefind’s own result list fills in', async ({ page }) => {
  // Pagefind's result list loads each result as it comes into view and swaps its placeholder for
  // it, which can move the placeholders below (its code, not ours). Everything else must stay put:
  // the box, the filters, the summary, and the section links until they go.
  await page.addInitScript(() => {
    const moved: string[] = [];
    Object.assign(window, { movedElements: moved });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        hadRecentInput: boolean;
        sources: { node: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        for (const { node } of entry.sources) {
          const element = node instanceof Element ? node : node?.parentElement;
          if (element?.isConnected && !element.closest('pagefind-results')) {
            moved.push(`${element.tagName.toLowerCase()}.${element.className}`);
          }
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const width of [412, 1280]) {
    await page.setViewportSize({ width, height: 850 });
    await page.goto('/search/?q=risk');
    await expect(page.locator('.search-page pagefind-results a').first()).toBeVisible();
    await page.waitForTimeout(500); // let any late shift be recorded
    const moved = await page.evaluate(() => (window as unknown as { movedElements: string[] }).movedElements);
    expect(moved, `at ${width} px`).toEqual([]);
  }
});

test('on a wide screen the search box spans the page and the filters sit beside the results', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/search/?q=risk');
  await expect(page.locator('.search-page pagefind-results a').first()).toBeVisible();
  // Pagefind's stylesheet resets its own elements, so this checks the layout really applies to them.
  const box = await page.locator('pagefind-input').boundingBox();
  const filters = await page.locator('pagefind-filter-pane').boundingBox();
  const results = await page.locator('pagefind-results').boundingBox();
  const article = await page.locator('.search-page').boundingBox();
  expect(box!.width).toBeCloseTo(article!.width, 0);
  expect(filters!.x + filters!.width).toBeLessThan(results!.x);
  expect(results!.x + results!.width).toBeLessThanOrEqual(article!.x + article!.width + 1);
});
