/** The career-fit quiz at /quiz/: by mouse, by keyboard, across reloads, from shared links, and without JavaScript. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectAccessibleInBothThemes, expectNoHorizontalOverflow } from './checks';

interface QuizFile {
  version: number;
  scale: string[];
  items: { id: string; end: 'product' | 'project'; text: string }[];
  tiebreaks: { pairs: { id: string }[] };
}
const quiz = parse(readFileSync('src/content/quiz.yaml', 'utf8')) as QuizFile;
const ITEMS = quiz.items.length;
const PAIRS = quiz.tiebreaks.pairs.length;
const PER_SCREEN = 3;
const SCREENS = Math.ceil(ITEMS / PER_SCREEN);

/** A result link whose answers favour one end: 5 for its items, 1 for the others. */
function leaningCode(end: 'product' | 'project'): string {
  const digits = quiz.items.map((i) => (i.end === end ? '5' : '1')).join('');
  return `v${quiz.version}.${digits}${(end === 'product' ? 'p' : 'j').repeat(PAIRS)}`;
}

/** The quiz's own screen heading (the page has other h2s). */
function quizHeading(page: Page, name?: string) {
  return page.locator('.quiz').getByRole('heading', name ? { level: 2, name } : { level: 2 });
}

async function openQuiz(page: Page, query = '') {
  await page.goto(`/quiz/${query}`);
  await expect(page.locator('.quiz--ready')).toBeVisible();
}

/** Answers the questions on screen with the mouse: `choose` gives the scale label for each item. */
async function answerScreen(page: Page, choose: (index: number) => string) {
  const groups = page.locator('fieldset.quiz-item');
  const count = await groups.count();
  for (let i = 0; i < count; i++) await groups.nth(i).getByLabel(choose(i), { exact: true }).check();
}

test.describe('with JavaScript', () => {
  test('answered with the mouse, it shows a result that leans the way the answers do', async ({ page }) => {
    await openQuiz(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    for (let screen = 1; screen <= SCREENS; screen++) {
      await expect(quizHeading(page)).toContainText(`of ${ITEMS}`);
      // Enjoy every product item strongly, dislike every project item strongly.
      const ids = quiz.items.slice((screen - 1) * PER_SCREEN, screen * PER_SCREEN);
      await answerScreen(page, (i) => (ids[i]!.end === 'product' ? quiz.scale[4]! : quiz.scale[0]!));
      await page.getByRole('button', { name: /^Next/ }).click();
      await expect(page).toHaveURL(screen < SCREENS ? new RegExp(`step=${screen + 1}`) : /step=choices/);
    }
    const pairs = page.locator('fieldset.quiz-item');
    await expect(pairs).toHaveCount(PAIRS);
    for (let i = 0; i < PAIRS; i++) await pairs.nth(i).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(quizHeading(page, 'Leans product')).toBeVisible();
    await expect(quizHeading(page)).toBeFocused();
    await expect(page).toHaveURL(/\?r=v\d+\./);
    await expect(page.getByRole('img', { name: /Overall: strongly toward product/ })).toBeVisible();
    await expect(page.getByText('For exploration, not for hiring or screening. Not validated yet.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'O*NET Interest Profiler' })).toBeVisible();
    // Back returns to the previous step.
    await page.goBack();
    await expect(page).toHaveURL(/step=choices/);
  });

  test('works with the keyboard only: arrow keys choose, Tab and Enter move on', async ({ page }) => {
    const started = Date.now();
    await openQuiz(page);
    await page.getByRole('button', { name: 'Start the quiz' }).focus();
    await page.keyboard.press('Enter');
    await expect(quizHeading(page)).toBeFocused();
    for (let screen = 1; screen <= SCREENS; screen++) {
      const groups = page.locator('fieldset.quiz-item');
      const count = await groups.count();
      // Tab into each radio group and press the Right arrow: the group's first option is chosen, then the next.
      for (let i = 0; i < count; i++) {
        await page.keyboard.press('Tab');
        if (i === 0 && screen === 1) {
          // The first Tab from the heading may land on the progress details' summary.
          while (!(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'))) {
            await page.keyboard.press('Tab');
          }
        }
        await page.keyboard.press('ArrowRight');
      }
      await expect(page.locator('fieldset.quiz-item input:checked')).toHaveCount(count);
      await page.getByRole('button', { name: /^Next/ }).focus();
      await page.keyboard.press('Enter');
      if (screen < SCREENS) {
        await expect(quizHeading(page)).toBeFocused();
        // Move focus to the first radio of the new screen: from the heading, Tab until a radio has focus.
        await page.keyboard.press('Tab');
        while (!(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'))) {
          await page.keyboard.press('Tab');
        }
        await page.keyboard.press('Shift+Tab');
      }
    }
    await expect(page).toHaveURL(/step=choices/);
    for (let i = 0; i < PAIRS; i++) {
      await page.locator('fieldset.quiz-item').nth(i).getByRole('radio').first().focus();
      await page.keyboard.press('Space');
    }
    await page.getByRole('button', { name: 'See my result' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?r=v\d+\./);
    await expect(quizHeading(page)).toBeFocused();
    console.log(`keyboard-only quiz: ${((Date.now() - started) / 1000).toFixed(1)} s from start to result`);
  });

  test('a reload half-way resumes with every answer kept', async ({ page }) => {
    await openQuiz(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await answerScreen(page, () => quiz.scale[3]!);
    await page.getByRole('button', { name: /^Next/ }).click();
    await answerScreen(page, () => quiz.scale[1]!);
    await page.reload();
    await expect(page.locator('.quiz--ready')).toBeVisible();
    await expect(page).toHaveURL(/step=2/);
    await expect(page.locator('fieldset.quiz-item input:checked')).toHaveCount(PER_SCREEN);
    await expect(page.getByText(`${PER_SCREEN * 2} of ${ITEMS} questions answered`)).toBeVisible();
    // The start screen offers to carry on.
    await openQuiz(page);
    await expect(page.getByRole('button', { name: `Carry on (${PER_SCREEN * 2} of ${ITEMS} answered)` })).toBeVisible();
  });

  test('a result link opens the same result in a fresh browser, and leaves its saved answers alone', async ({
    page,
    browser,
  }) => {
    const code = leaningCode('project');
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(`/quiz/?r=${code}`);
    await expect(quizHeading(other, 'Leans project')).toBeVisible();
    await expect(other.getByText('This result was opened from a link')).toBeVisible();
    expect(await other.evaluate(() => localStorage.getItem('wpm-quiz'))).toBeNull();
    await fresh.close();
    // The same link in this browser gives the same result.
    await openQuiz(page, `?r=${code}`);
    await expect(quizHeading(page, 'Leans project')).toBeVisible();
  });

  test('a tampered, cut or old link gets a clear message and a fresh start, never a blank page', async ({ page }) => {
    const good = leaningCode('product');
    const cases: [string, RegExp][] = [
      [`${good.slice(0, -PAIRS - 4)}`, /cut off/],
      [good.replace(/\.(\d)/, '.9'), /characters a quiz result never has/],
      [`v0.${good.split('.')[1]}`, /older version of the quiz/],
      ['hello', /does not hold quiz answers/],
    ];
    for (const [code, message] of cases) {
      await openQuiz(page, `?r=${encodeURIComponent(code)}`);
      const notice = page.locator('.quiz .notice');
      await expect(notice).toContainText(message);
      await expect(quizHeading(page, 'Before you start')).toBeVisible();
      await expect(page).toHaveURL(/\/quiz\/$/);
    }
  });

  test('corrupt saved progress is dropped with a notice, not a crash', async ({ page }) => {
    await page.goto('/quiz/worksheet/');
    for (const stored of ['{not json', JSON.stringify({ version: quiz.version, data: { answers: { q01: 9 } } })]) {
      await page.evaluate((value) => localStorage.setItem('wpm-quiz', value), stored);
      await openQuiz(page);
      await expect(page.locator('.quiz .notice')).toContainText('could not be read');
      await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
    }
  });

  test('every point on the scale is labelled, in a fieldset with a legend, and the screen passes axe', async ({
    page,
  }) => {
    await openQuiz(page, '?step=1');
    const first = page.locator('fieldset.quiz-item').first();
    await expect(first.locator('legend')).toBeVisible();
    await expect(first.getByRole('radio')).toHaveCount(5);
    for (const label of quiz.scale) await expect(first.getByLabel(label, { exact: true })).toBeVisible();
    await expectAccessibleInBothThemes(page);
    await openQuiz(page, `?r=${leaningCode('product')}`);
    await expectAccessibleInBothThemes(page);
  });
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });
  test('questions and the result fit the screen', async ({ page }) => {
    await openQuiz(page, '?step=1');
    await expectNoHorizontalOverflow(page);
    await openQuiz(page, `?r=${leaningCode('project')}`);
    await expectNoHorizontalOverflow(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page is a printable worksheet with every item and a self-scoring key', async ({ page }) => {
    await page.goto('/quiz/');
    await expect(page.getByText('The online quiz needs JavaScript')).toBeVisible();
    const worksheet = page.locator('#worksheet');
    await expect(worksheet).toBeVisible();
    for (const item of quiz.items) await expect(worksheet).toContainText(item.text);
    await expect(worksheet.getByRole('heading', { name: /score it yourself/i })).toBeVisible();
  });
});
