/**
 * Finding one's way (issue 13): the header's menu by keyboard and by touch, the section sidebar,
 * the table of contents, glossary terms explained in place, tables that say they scroll, "back to
 * top", and the comparison's folded controls on a phone.
 */
import { test, expect } from './fixtures';

const GUIDE = '/guides/product-vs-project/';

test.describe('on a phone (360 px)', () => {
  test.use({ viewport: { width: 360, height: 800 }, hasTouch: true });

  test('the header is one row and the menu opens by keyboard, closes on Escape and returns focus', async ({ page }) => {
    await page.goto(GUIDE);
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(72);
    const button = page.getByRole('button', { name: 'Menu' });
    const menu = page.getByRole('navigation', { name: 'Main' });
    await expect(menu).toBeHidden();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(menu.getByRole('link', { name: 'Role simulator' })).toBeVisible();
    // Tab moves into the open menu, right after its button.
    await page.keyboard.press('Tab');
    await expect(menu.getByRole('link', { name: 'Guides' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  test('the menu opens and closes by touch, and a tap on a link goes there', async ({ page }) => {
    await page.goto(GUIDE);
    const menu = page.getByRole('navigation', { name: 'Main' });
    await page.getByRole('button', { name: 'Menu' }).tap();
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Guides' })).toHaveAttribute('aria-current', 'page');
    // A tap outside closes it (light dismiss).
    await page.mouse.click(180, 780);
    await expect(menu).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).tap();
    await menu.getByRole('link', { name: 'Compare the roles' }).tap();
    await expect(page).toHaveURL(/\/compare\/$/);
  });

  test('"Back to top" and "Contents" appear after scrolling and work', async ({ page }) => {
    await page.goto(GUIDE);
    const top = page.getByRole('link', { name: 'Back to top' });
    const contents = page.getByRole('button', { name: 'Contents' });
    await expect(top).toBeHidden();
    await page.evaluate(() => window.scrollTo(0, 3000));
    await expect(top).toBeVisible();
    await contents.tap();
    const toc = page.locator('#toc-aside');
    await expect(toc).toBeVisible();
    await toc.getByRole('link', { name: 'Where they overlap' }).tap();
    await expect(toc).toBeHidden();
    await expect(page).toHaveURL(/#where-they-overlap$/);
    await top.tap();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(10);
  });

  test('a term explains itself on a first tap; Escape closes it', async ({ page }) => {
    await page.goto(GUIDE);
    const term = page.locator('.prose a.term').first();
    const tipId = await term.getAttribute('data-term');
    const tip = page.locator(`#${tipId}`);
    await expect(tip).toBeHidden();
    const box = () =>
      page.locator('.prose').evaluate((el: HTMLElement): number[] => [el.offsetTop, el.offsetHeight, el.offsetWidth]);
    await term.scrollIntoViewIfNeeded();
    const before = await box();
    await term.tap();
    await expect(tip).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${GUIDE}$`));
    // No layout shift: the text did not move.
    expect(await box()).toEqual(before);
    await expect(tip.getByRole('link', { name: 'Full entry in the glossary' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });

  test('a wide table shows the scroll hint and is keyboard scrollable', async ({ page }) => {
    await page.goto(GUIDE);
    const box = page.locator('.scroll-box').first();
    await expect(box.locator('.scroll-hint')).toBeVisible();
    await expect(box).toHaveAttribute('data-overflow', '');
    const scroller = box.locator('.table-wrap');
    await scroller.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test('the comparison folds its controls into a summary line that opens on demand', async ({ page }) => {
    await page.goto('/compare/');
    const summary = page.locator('.cmp-fold__summary');
    await expect(summary).toContainText('Product manager vs project manager, all themes');
    await expect(page.getByLabel('First column')).toBeHidden();
    // The first row of the table is on the first screen.
    const firstRow = await page.locator('.cmp-row').first().boundingBox();
    expect(firstRow!.y).toBeLessThan(800);
    await summary.tap();
    await expect(page.getByLabel('First column')).toBeVisible();
    await page.getByLabel('Filter by text').fill('x'.repeat(300));
    await expect(summary).toContainText('…');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('"show only where they differ" says when it hides nothing', async ({ page }) => {
    await page.goto('/compare/');
    await page.locator('.cmp-fold__summary').tap();
    await expect(page.locator('#cmp-diff-hint')).toHaveText(/hides nothing|Hides \d+ rows?/);
  });
});

test.describe('on a wide screen (1280 px)', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the sidebar lists the section with the current page marked', async ({ page }) => {
    await page.goto(GUIDE);
    const sidebar = page.locator('.section-nav');
    await expect(sidebar).toBeVisible();
    await expect(sidebar.locator('li a')).toHaveCount(5);
    await expect(sidebar.locator('[aria-current="page"]')).toHaveText('Product vs project');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  });

  test('the Tools menu opens by keyboard and lists the three tools', async ({ page }) => {
    await page.goto('/compare/');
    const tools = page.getByRole('button', { name: 'Tools' });
    await tools.focus();
    await page.keyboard.press('Enter');
    const list = page.locator('#menu-tools');
    await expect(list).toBeVisible();
    await expect(list.getByRole('link')).toHaveText(['Compare the roles', 'Career-fit quiz', 'Role simulator']);
    await expect(list.getByRole('link', { name: 'Compare the roles' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(tools).toBeFocused();
  });

  test('breadcrumbs name the section as the header does', async ({ page }) => {
    await page.goto('/knowledge-areas/');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Process groups');
    await page.goto('/compare/');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Tools');
  });

  test('the table of contents marks the section being read', async ({ page }) => {
    await page.goto(`${GUIDE}#where-they-overlap`);
    const current = page.locator('.page-aside .toc a[aria-current="true"]');
    await expect(current).toHaveText('Where they overlap');
  });

  test('a term explains itself on hover and on focus', async ({ page }) => {
    await page.goto(GUIDE);
    const term = page.locator('.prose a.term').first();
    const tip = page.locator(`#${await term.getAttribute('data-term')}`);
    await term.hover();
    await expect(tip).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(tip).toBeHidden();
    await term.focus();
    await expect(tip).toBeVisible();
    // Screen readers hear the definition as the link's description.
    const describedBy = await term.getAttribute('aria-describedby');
    await expect(page.locator(`#${describedBy}`)).not.toBeEmpty();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });

  test('a table that fits shows no scroll hint', async ({ page }) => {
    await page.goto(GUIDE);
    const box = page.locator('.scroll-box').first();
    await expect(box.locator('.scroll-hint')).toBeHidden();
    await expect(box).not.toHaveAttribute('data-overflow', '');
  });

  test('the process matrix uses the page width', async ({ page }) => {
    await page.goto('/process-groups/');
    const width = (await page.locator('.matrix').boundingBox())!.width;
    expect(width).toBeGreaterThan(1000);
  });

  test('the glossary filters by word and by field', async ({ page }) => {
    await page.goto('/glossary/');
    await page.getByLabel('Filter terms').fill('breakdown');
    await expect(page.locator('#work-breakdown-structure')).toBeVisible();
    await expect(page.locator('#backlog-refinement')).toBeHidden();
    await expect(page.locator('.glossary-filter__status')).toContainText(/\d+ of \d+ terms match/);
    await page.getByLabel('Filter terms').fill('');
    await page.getByLabel('Field').selectOption('product');
    await expect(page.locator('.term-entry[data-field="project"]').first()).toBeHidden();
    await expect(page.locator('.term-entry[data-field="both"]').first()).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

  test('a term is a plain link to its glossary entry and its definition stays hidden', async ({ page }) => {
    await page.goto(GUIDE);
    const term = page.locator('.prose a.term').first();
    await expect(term).toHaveAttribute('href', /\/glossary\/#/);
    await expect(page.locator(`#${await term.getAttribute('data-term')}`)).toBeHidden();
    await term.click();
    await expect(page).toHaveURL(/\/glossary\/#/);
  });

  test('the menu still opens (a native popover)', async ({ page }) => {
    await page.goto(GUIDE);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });
});
