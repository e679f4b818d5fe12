/**
 * The comparison tool at /compare/: used with the mouse and with the keyboard only, restored from
 * its URL, robust to a tampered link, and a complete table without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const TOTAL = 14;

async function open(page: Page, search = '') {
  await page.goto(`/compare/${search}`);
  await expect(page.locator('.cmp--ready')).toBeVisible();
}

function columnHeads(page: Page) {
  return page.locator('.cmp-table thead th[scope="col"]:not(.cmp-corner)');
}

test.describe('with JavaScript', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('starts with product manager vs project manager, every dimension', async ({ page }) => {
    await open(page);
    await expect(columnHeads(page)).toHaveText(['Product manager', 'Project manager']);
    await expect(page.locator('.cmp-row')).toHaveCount(TOTAL);
    await expect(page.locator('.cmp-status')).toHaveText(`Showing ${TOTAL} of ${TOTAL} dimensions`);
    // A clean URL stays clean until the reader changes something.
    expect(new URL(page.url()).search).toBe('');
  });

  test('choose roles, filter, and a reload restores every choice', async ({ page }) => {
    await open(page);
    await page.getByLabel('Third column (optional)').selectOption('scrum-master');
    await page.getByLabel('Second column').selectOption('program-manager');
    await expect(columnHeads(page)).toHaveText(['Product manager', 'Program manager', 'Scrum master']);
    await expect(page.locator('caption')).toHaveText('Product manager, program manager and Scrum master compared');

    await page.getByRole('radio', { name: 'Career' }).check();
    await expect(page.locator('.cmp-row')).toHaveCount(4);
    await expect(page.locator('.cmp-status[role="status"][aria-live="polite"]')).toHaveText(
      `Showing 4 of ${TOTAL} dimensions`,
    );

    await page.getByLabel('Filter by text').fill('PMP');
    await expect(page.locator('.cmp-row')).toHaveCount(1);
    await expect(page.locator('.cmp-row th')).toContainText('Credentials');
    await expect(page).toHaveURL(/\?roles=product-manager,program-manager,scrum-master&theme=career&q=PMP$/);

    await page.reload();
    await expect(page.locator('.cmp--ready')).toBeVisible();
    await expect(columnHeads(page)).toHaveText(['Product manager', 'Program manager', 'Scrum master']);
    await expect(page.getByRole('radio', { name: 'Career' })).toBeChecked();
    await expect(page.getByLabel('Filter by text')).toHaveValue('PMP');
    await expect(page.locator('.cmp-row')).toHaveCount(1);
    await expect(page.locator('.cmp-notice')).toHaveCount(0);
  });

  test('swap columns, show only differences, and remove a column', async ({ page }) => {
    await open(page, '?roles=product-manager,product-owner');
    await page.getByRole('button', { name: 'Swap product manager and product owner' }).click();
    await expect(columnHeads(page)).toHaveText(['Product owner', 'Product manager']);
    await expect(page).toHaveURL(/roles=product-owner,product-manager/);

    await page.getByLabel('Show only where they differ').check();
    await expect(page.locator('#cmp-time-horizon')).toHaveCount(0);
    const shown = await page.locator('.cmp-row').count();
    expect(shown).toBeLessThan(TOTAL);
    await expect(page.locator('.cmp-status')).toHaveText(`Showing ${shown} of ${TOTAL} dimensions`);
    await expect(page).toHaveURL(/diff=1/);

    await page.getByLabel('Third column (optional)').selectOption('scrum-master');
    await expect(columnHeads(page)).toHaveCount(3);
    await page.getByLabel('Third column (optional)').selectOption('');
    await expect(columnHeads(page)).toHaveCount(2);
  });

  test('a filter that matches nothing says why and offers a reset', async ({ page }) => {
    await open(page, '?q=zebra');
    await expect(page.locator('.cmp-table')).toHaveCount(0);
    await expect(page.locator('.cmp-empty')).toContainText('No dimension matches the text “zebra”');
    await page.getByRole('button', { name: 'Reset the table' }).click();
    await expect(page.locator('.cmp-row')).toHaveCount(TOTAL);
    await expect(page.getByLabel('Filter by text')).toHaveValue('');
  });

  test('a tampered URL is ignored with a visible notice, never a blank table', async ({ page }) => {
    await open(page, '?roles=product-manager,chief-wizard&theme=salary&diff=perhaps&q=%E0%A4%A&utm_source=x');
    const notice = page.locator('.cmp-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('“chief-wizard”');
    await expect(notice).toContainText('every theme is shown');
    await expect(notice).toContainText('text filter in the link could not be read');
    await expect(columnHeads(page)).toHaveText(['Product manager', 'Project manager']);
    // The URL is corrected, so sharing it from here gives a clean link.
    await expect(page).toHaveURL(/\?roles=product-manager,project-manager(&|$)/);
    expect(page.url()).not.toContain('wizard');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.getByLabel('First column')).toBeFocused();
  });

  test('copy link puts the current URL on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '?roles=scrum-master,product-owner&theme=work');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('.cmp-copy')).toHaveText(/Link copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain('?roles=scrum-master,product-owner&theme=work');
  });

  test('copy link falls back to a box to copy from when the clipboard is unavailable', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await open(page, '?roles=program-manager,project-manager');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('.cmp-copy')).toContainText('Copy the link from the box below');
    await expect(page.getByLabel('Link to this table')).toHaveValue(page.url());
  });

  test('the working tool, with a notice and three columns, has no axe violation in either theme', async ({ page }) => {
    await open(page, '?roles=program-manager,product-owner,scrum-master,nobody&theme=work');
    await expect(page.locator('.cmp-notice')).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.help}`),
        `axe in ${scheme} theme`,
      ).toEqual([]);
    }
  });

  test('the header row stays in view while the table scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await open(page);
    await page.locator('#cmp-process-groups').scrollIntoViewIfNeeded();
    const box = await columnHeads(page).first().boundingBox();
    expect(box).not.toBeNull();
    expect(Math.abs(box!.y)).toBeLessThan(2);
  });

  test('works with the keyboard only', async ({ page }) => {
    await open(page);
    const first = page.getByLabel('First column');
    await first.focus();
    // Tab order: the three column pickers, then the swap button.
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Second column')).toBeFocused();
    await page.keyboard.press('Tab');
    const third = page.getByLabel('Third column (optional)');
    await expect(third).toBeFocused();
    await page.keyboard.press('ArrowDown'); // None -> Product manager: already shown, so ignored
    await page.keyboard.press('End'); // the last role, Scrum master
    await expect(columnHeads(page)).toHaveText(['Product manager', 'Project manager', 'Scrum master']);

    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Swap product manager and project manager' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(columnHeads(page)).toHaveText(['Project manager', 'Product manager', 'Scrum master']);

    // Into the theme radios: one Tab stop, arrows move the choice.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'All themes' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Purpose' })).toBeChecked();
    await expect(page.locator('.cmp-row')).toHaveCount(3);

    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Filter by text')).toBeFocused();
    await page.keyboard.type('sprint');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Show only where they differ')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByLabel('Show only where they differ')).toBeChecked();
    await expect(page).toHaveURL(/\?roles=project-manager,product-manager,scrum-master&theme=purpose&q=sprint&diff=1$/);
    const rows = await page.locator('.cmp-row').count();
    await expect(page.locator('.cmp-status')).toHaveText(`Showing ${rows} of ${TOTAL} dimensions`);

    // Reset is a button too; focus stays usable afterwards.
    await page.getByRole('button', { name: 'Reset', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.cmp-row')).toHaveCount(TOTAL);
    await expect(columnHeads(page)).toHaveText(['Product manager', 'Project manager']);
  });
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('the table becomes cards that name each role, with no sideways scrolling', async ({ page }) => {
    await open(page, '?roles=product-manager,project-manager,scrum-master');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const firstRow = page.locator('.cmp-row').first();
    await expect(firstRow.locator('.cmp-cell__role')).toHaveText([
      'Product manager',
      'Project manager',
      'Scrum master',
    ]);
    await expect(firstRow.locator('.cmp-cell__role').first()).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

  test('is a complete, cited table of product vs project management', async ({ page }) => {
    // Even a tampered link shows the full table: without JavaScript the URL is simply not read.
    await page.goto('/compare/?roles=nobody&theme=x');
    const table = page.locator('table.cmp-table');
    await expect(table).toHaveCount(1);
    await expect(table.locator('caption')).toHaveText('Product manager and project manager compared');
    await expect(table.locator('thead th[scope="col"]')).toHaveText([
      'Dimension',
      'Product manager',
      'Project manager',
    ]);
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(TOTAL);
    await expect(table.locator('tbody th[scope="rowgroup"]')).toHaveText([
      'Purpose',
      'Accountability',
      'Day-to-day work',
      'Career',
    ]);
    const cells = table.locator('td');
    await expect(cells).toHaveCount(TOTAL * 2);
    for (const cell of await cells.all()) {
      await expect(cell.locator('a[href^="/sources/#"]').first()).toBeAttached();
    }
    await expect(page.locator('.cmp-controls')).toHaveCount(0);
    await expect(page.locator('.cmp-nojs')).toBeVisible();
    await expect(page.locator('[style]')).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('every citation points at an entry on /sources/', async ({ page }) => {
    await page.goto('/compare/');
    const ids = new Set(
      await page
        .locator('.cmp-table a[href^="/sources/#"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(10))),
    );
    await page.goto('/sources/');
    for (const id of ids) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  });
});
