/** The role simulator at /simulator/: a run by mouse and by keyboard, reloads, shared runs, tampered links, print, no JS. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectAccessibleInBothThemes, expectNoHorizontalOverflow } from './checks';

async function openSimulator(page: Page, query = '') {
  await page.goto(`/simulator/${query}`);
  await expect(page.locator('.sim--ready')).toBeVisible();
}

const decisionHeading = (page: Page) => page.locator('.sim-decision').getByRole('heading', { level: 2 });

/** Plays to the debrief, picking choice `pick(n)` at decision n; returns the number of decisions. */
async function playToDebrief(page: Page, pick: (n: number) => number = () => 0): Promise<number> {
  let n = 0;
  while (await page.locator('.sim-choice').count()) {
    const choices = page.locator('.sim-choice');
    await choices.nth(pick(n) % (await choices.count())).click();
    n++;
    if (n > 12) throw new Error('a run went past 12 decisions');
  }
  return n;
}

test.describe('with JavaScript', () => {
  test('a campaign played with the mouse reaches a debrief with its profile, chart, causes and luck', async ({
    page,
  }) => {
    await openSimulator(page);
    await page.getByRole('button', { name: /Play as project manager: Campus app launch/ }).click();
    await expect(page).toHaveURL(/\?run=campus-app\.\d+\.project\.[0-9a-z]+\.$/);
    await expect(page.getByText('Your brief')).toBeVisible();
    await expect(page.locator('.sim-controls')).toBeVisible();
    await page.locator('.sim-choice').first().click();
    // What changed, in words and numbers, and why.
    await expect(page.locator('.sim-turn')).toContainText('Decision 1: you chose');
    await expect(page.locator('.sim-turn .sim-delta').first()).toContainText(/[+−]\d+ \((better|worse)\)/);
    await expect(decisionHeading(page)).toBeFocused();
    await page.goBack();
    await expect(page).toHaveURL(/\.project\.[0-9a-z]+\.$/);
    await expect(page.locator('.sim-turn')).toHaveCount(0);
    const decisions = await playToDebrief(page, (n) => n + 1);
    expect(decisions).toBeGreaterThanOrEqual(8);
    await expect(page.locator('.sim-debrief')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Where the meters ended' })).toBeVisible();
    await expect(page.getByRole('img', { name: /The meters over the run/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Luck or skill?' })).toBeVisible();
    await expect(page.getByText(/ended as yours did/)).toBeVisible();
    await expect(page.locator('.sim-reflect li')).not.toHaveCount(0);
    await expectAccessibleInBothThemes(page);
  });

  test('works with the keyboard only, and says how long it took', async ({ page }) => {
    const started = Date.now();
    await openSimulator(page);
    await page.getByRole('button', { name: /Play as product manager: Campus app launch/ }).focus();
    await page.keyboard.press('Enter');
    await expect(decisionHeading(page)).toBeFocused();
    let n = 0;
    while (await page.locator('.sim-choice').count()) {
      // Each new decision takes focus on its heading; from there, Tab reaches the first choice.
      await expect(decisionHeading(page)).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.locator('.sim-choice').first()).toBeFocused();
      await page.keyboard.press('Enter');
      n++;
      if (n > 12) throw new Error('a run went past 12 decisions');
    }
    await expect(page.locator('#sim-debrief-title')).toBeFocused();
    console.log(`keyboard-only simulator run: ${n} decisions in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  test('a reload mid-run and a shared link in a fresh browser restore exactly the same run', async ({
    page,
    browser,
  }) => {
    await openSimulator(page);
    await page.getByRole('button', { name: /Play as product manager: Community/ }).click();
    for (const i of [1, 0, 2]) await page.locator('.sim-choice').nth(i).click();
    // The address takes the third choice a moment after the click: read it once it has.
    await expect(page).toHaveURL(/\?run=community-centre\.\d+\.product\.[0-9a-z]+\.102$/);
    const url = page.url();
    const meters = (await page.locator('.sim-meters').textContent()) ?? '';
    await page.reload();
    await expect(page.locator('.sim--ready')).toBeVisible();
    expect(page.url()).toBe(url);
    await expect(page.locator('.sim-meters')).toHaveText(meters);
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(url);
    await expect(other.locator('.sim-meters')).toHaveText(meters);
    await expect(other.locator('.sim-turn')).toContainText('Decision 3');
    await fresh.close();
  });

  test('the same world from the other chair keeps the seed; play again changes it', async ({ page }) => {
    await openSimulator(page, '?run=campus-app.1.product.abc12.');
    await playToDebrief(page);
    await page.getByRole('button', { name: /Same world, other chair/ }).click();
    await expect(page).toHaveURL(/\?run=campus-app\.1\.project\.abc12\.$/);
    await playToDebrief(page);
    await page.getByRole('button', { name: 'Play again in a new world' }).click();
    await expect(page).toHaveURL(/\?run=campus-app\.1\.project\.[0-9a-z]+\.$/);
    expect(page.url()).not.toContain('.abc12.');
  });

  test('an instructor seed gives everyone the same world', async ({ page }) => {
    await openSimulator(page);
    await page.getByText('Have a seed from your instructor?').click();
    await page.getByLabel(/Seed/).fill('class1');
    await page.getByRole('button', { name: /Play as project manager: Community/ }).click();
    await expect(page).toHaveURL(/\?run=community-centre\.\d+\.project\.class1\.$/);
  });

  test('a tampered, unknown or old run link gets a clear message and a fresh start', async ({ page }) => {
    const cases: [string, RegExp][] = [
      ['campus-app.1.product.abc12.999999', /does not have|after the run has ended/],
      ['no-such-thing.1.product.abc12.0', /scenario the simulator does not have/],
      ['campus-app.0.product.abc12.0', /version/],
      ['campus-app.1.wizard.abc12.0', /role/],
      ['%%%', /could not be read|incomplete/],
    ];
    for (const [run, message] of cases) {
      await openSimulator(page, `?run=${run}`);
      await expect(page.locator('.sim .notice')).toContainText(message);
      await expect(page.getByRole('heading', { name: 'Pick an initiative and a chair' })).toBeVisible();
      await expect(page).toHaveURL(/\/simulator\/$/);
    }
  });

  test('the run report prints without the controls and with the replay link', async ({ page }) => {
    await openSimulator(page, '?run=community-centre.1.project.x1.');
    await playToDebrief(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sim-actions')).toBeHidden();
    await expect(page.locator('.sim-print-link')).toBeVisible();
    await expect(page.locator('.sim-print-link')).toContainText('?run=community-centre.1.project.x1.');
    await expect(page.getByRole('heading', { name: 'Your run, decision by decision' })).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });
  test('playing and the debrief fit the screen', async ({ page }) => {
    await openSimulator(page, '?run=campus-app.1.project.abc12.');
    await expectNoHorizontalOverflow(page);
    await playToDebrief(page);
    await expectNoHorizontalOverflow(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('lists the initiatives and chairs with their briefs and each first decision', async ({ page }) => {
    await page.goto('/simulator/');
    await expect(page.getByText(/needs JavaScript/).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: /Campus app launch/ }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: /Community/ }).first()).toBeVisible();
    await expect(page.getByText(/product manager/i).first()).toBeVisible();
    await expect(page.getByText(/project manager/i).first()).toBeVisible();
  });
});
