/**
 * Teaching with the site: heading anchors, "Cite this page" and its copy buttons, the Discuss box,
 * /instructors/'s links, /about/, and the class view with a whole class (200 links).
 */
import { test, expect } from './fixtures';
import { encodeAnswers, type Answers, type Likert, type Quiz } from '../../src/lib/quiz';
import { chooseAll, currentDecision, encodeRun, runLinkOf, start, type Scenario } from '../../src/lib/simulator';

test('every h2 and h3 has a unique id and an anchor link that appears on focus and works', async ({ page }) => {
  await page.goto('/guides/product-vs-project/');
  const headings = page.locator('main :is(h2, h3)');
  const count = await headings.count();
  expect(count).toBeGreaterThan(6);
  const ids = await headings.evaluateAll((hs) => hs.map((h) => h.id));
  expect(
    ids.every((id) => id !== ''),
    'every heading has an id',
  ).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
  const wrapped = page.locator('main .heading-wrap');
  expect(await wrapped.count()).toBe(count);
  for (const id of ids) {
    await expect(page.locator(`.heading-wrap:has(#${id}) > a.heading-anchor`)).toHaveAttribute('href', `#${id}`);
  }
  const anchor = page.locator('.heading-wrap:has(#where-they-overlap) > a.heading-anchor');
  await expect(anchor).toHaveCSS('opacity', '0');
  await anchor.focus();
  await expect(anchor).toHaveCSS('opacity', '1');
  await expect(anchor).toHaveAccessibleName(/Link to the section “Where they overlap”/);
  await anchor.click();
  await expect(page).toHaveURL(/#where-they-overlap$/);
  await expect(page.locator('#where-they-overlap')).toBeInViewport();
  // A deep link from outside lands on the heading too.
  await page.goto('/process-groups/#discuss');
  await expect(page.locator('#discuss')).toBeInViewport();
});

test('the Discuss box shows the page’s questions', async ({ page }) => {
  await page.goto('/process-groups/planning/');
  const box = page.getByRole('complementary', { name: 'Discuss' });
  await expect(box).toBeVisible();
  expect(await box.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
});

test.describe('Cite this page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('each copy button copies its style, with today’s date and this address', async ({ page, baseURL }) => {
    await page.goto('/guides/product-management/');
    const box = page.locator('.cite-page');
    await box.scrollIntoViewIfNeeded();
    const today = new Date();
    const long = today.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
    const url = `${new URL(baseURL!).origin}/guides/product-management/`;
    for (const [label, expected] of [
      ['APA 7', `Retrieved ${long}, from ${url}`],
      ['MLA 9', `${url}. Accessed ${today.getDate()} `],
      ['Chicago', `Accessed ${long}. ${url}.`],
      ['BibTeX', `url = {${url}}`],
    ] as const) {
      await box.getByRole('button', { name: `Copy ${label}` }).click();
      await expect(box.getByRole('status')).toHaveText(`${label} citation copied.`);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain(expected);
      expect(copied).toContain('What product managers do');
    }
    await expect(box).toContainText('The access date is today’s.');
  });

  test('its script loads on first use, then shows today’s date and this address', async ({ page, baseURL }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/guides/working-together/');
    const box = page.locator('.cite-page');
    await box.scrollIntoViewIfNeeded();
    await expect(box).toContainText('the day this copy of the site was built');
    expect(scripts.filter((url) => url.includes('/cite-page.'))).toEqual([]);

    await box.getByRole('heading', { name: 'Cite this page' }).hover();
    await expect(box).toContainText('The access date is today’s.');
    const long = new Date().toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
    const url = `${new URL(baseURL!).origin}/guides/working-together/`;
    await expect(box.locator('[data-cite-style="apa"]')).toContainText(`Retrieved ${long}, from ${url}`);
    expect(scripts.filter((u) => u.includes('/cite-page.'))).toHaveLength(1);
  });

  test('on a tool page the citation carries the tool’s state', async ({ page }) => {
    await page.goto('/compare/?roles=product-owner,scrum-master');
    await expect(page.locator('.cmp--ready')).toBeVisible();
    const apa = page.locator('.cite-page [data-cite-style="apa"]');
    await apa.scrollIntoViewIfNeeded();
    await expect(apa).toContainText('/compare/?roles=product-owner');
    await expect(page.locator('.cite-page [data-cite-state]')).toBeVisible();
  });

  test('the home page, the glossary and the sources have it too', async ({ page }) => {
    for (const path of ['/', '/glossary/', '/sources/', '/quiz/', '/about/']) {
      await page.goto(path);
      await page.locator('.cite-page').scrollIntoViewIfNeeded();
      await expect(page.getByRole('button', { name: 'Copy MLA 9' }), path).toBeVisible();
      await expect(page.locator('.cite-page [data-cite-style="mla"]'), path).toContainText('Which PM?');
    }
  });
});

test.describe('Cite this page on a dropped connection', () => {
  // The failed load is provoked on purpose: the browser reports it in the console.
  test.use({ expectedConsoleErrors: [[/Failed to load resource/, /ERR_/], { scope: 'test' }] });
  test('if its script cannot load, a copy button says so instead of doing nothing', async ({ page }) => {
    await page.route(/\/_astro\/cite-page\.[\w-]+\.js/, (route) => route.abort());
    await page.goto('/guides/working-together/');
    const box = page.locator('.cite-page');
    await box.getByRole('button', { name: 'Copy APA 7' }).click();
    await expect(box.getByRole('status')).toHaveText(
      'The copy button could not load. Select the citation and copy it.',
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the citations are text, dated by the build and saying so', async ({ page }) => {
    await page.goto('/guides/working-together/');
    const box = page.locator('.cite-page');
    await expect(box).toContainText('the day this copy of the site was built');
    for (const style of ['apa', 'mla', 'chicago', 'bibtex']) {
      await expect(box.locator(`[data-cite-style="${style}"]`)).toContainText('working-together');
    }
    await expect(box.getByRole('button')).toHaveCount(0);
  });
});

test('every link on /instructors/ resolves, anchors included', async ({ page, request }) => {
  await page.goto('/instructors/');
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).href))]);
  expect(hrefs.length).toBeGreaterThan(40);
  const origin = new URL(page.url()).origin;
  const ids = new Map<string, Set<string>>();
  for (const href of hrefs) {
    const url = new URL(href);
    if (url.origin !== origin) continue;
    const target = `${url.pathname}${url.search}`;
    const response = await request.get(target);
    expect(response.status(), target).toBe(200);
    if (url.hash) {
      if (!ids.has(url.pathname)) {
        const html = await response.text();
        ids.set(url.pathname, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '')));
      }
      expect(ids.get(url.pathname)?.has(decodeURIComponent(url.hash.slice(1))), href).toBe(true);
    }
  }
});

test('the class-seed links start the simulator on the class seed', async ({ page, request }) => {
  await page.goto('/instructors/');
  const links = page.locator('a[href*="/simulator/?run="]');
  expect(await links.count()).toBeGreaterThanOrEqual(2);
  const scenarios = (await (await request.get('/simulator/data.json')).json()) as Scenario[];
  const { decodeRun } = await import('../../src/lib/simulator');
  for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
    const code = new URL(href).searchParams.get('run');
    const decoded = decodeRun(scenarios, code);
    expect(decoded.ok, href).toBe(true);
  }
});

test('/about/ states the licences and how to report an error; the footer links to it', async ({ page }) => {
  await page.goto('/');
  await page.locator('.site-footer').getByRole('link', { name: /About/ }).click();
  await expect(page).toHaveURL(/\/about\/$/);
  await expect(page.getByRole('link', { name: /CC BY 4\.0/ })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
  await expect(page.getByRole('heading', { name: 'Report an error' })).toBeVisible();
});

/** A class of `n` links: quiz results and runs on one seed and chair, and a few a page cannot read. */
function classLinks(origin: string, quiz: Quiz, scenario: Scenario, n: number): { text: string; bad: number } {
  const lines: string[] = [];
  let bad = 0;
  for (let i = 0; i < n; i++) {
    if (i % 20 === 19) {
      lines.push(i % 40 === 39 ? `${origin}/compare/?roles=a,b` : `${origin}/quiz/?r=v0.123`);
      bad++;
    } else if (i % 2 === 0) {
      // The first four answers spell i in base 5, so no two students answer alike.
      const answers: Answers = Object.fromEntries(
        quiz.items.map((item, k) => [item.id, ((k < 4 ? Math.floor(i / 5 ** k) : i + k) % 5) + 1] as [string, Likert]),
      );
      lines.push(`Student ${i + 1}, ${origin}/quiz/?r=${encodeAnswers(quiz, answers)}`);
    } else {
      const role = scenario.campaigns[0]!.role;
      let state = start(scenario, role, 4242);
      for (let turn = 0; turn < 20; turn++) {
        const decision = currentDecision(state);
        if (!decision) break;
        state = chooseAll(state, [decision.choices[(i * (turn + 1)) % decision.choices.length]!.id]);
      }
      lines.push(`${origin}/simulator/?run=${encodeRun(runLinkOf(state))} Student ${i + 1}`);
    }
  }
  return { text: lines.join('\n'), bad };
}

test('the class view reads 200 links in the browser and shows the class', async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const quiz = (await (await request.get('/quiz/data.json')).json()) as Quiz;
  const scenarios = (await (await request.get('/simulator/data.json')).json()) as Scenario[];
  const { text, bad } = classLinks(origin, quiz, scenarios[0]!, 200);
  const requests: string[] = [];
  await page.goto('/instructors/class/');
  await expect(page.getByRole('button', { name: 'Show the class' })).toBeEnabled();
  page.on('request', (r) => requests.push(r.url()));
  await page.getByLabel('Links, one per line').fill(text);
  const started = Date.now();
  await page.getByRole('button', { name: 'Show the class' }).click();
  await expect(page.getByRole('heading', { name: 'The class', exact: true })).toBeVisible();
  const elapsed = Date.now() - started;
  const worked = /in (under 1|\d+) ms/.exec((await page.locator('.class-report__counts').textContent()) ?? '')?.[1];
  console.log(
    `class view, 200 links: decoded and summarized in ${worked} ms; ${elapsed} ms from click to report on screen`,
  );
  const counts = page.locator('.class-report__counts');
  await expect(counts).toContainText(`Read 200 lines: 100 quiz results and ${100 - bad} simulator runs`);
  await expect(counts).toContainText(`${bad} lines could not be used`);
  await expect(page.getByRole('img', { name: /How many students got each outcome/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Outcomes, as a table' })).toBeVisible();
  await expect(page.getByRole('table', { name: /How the choices split/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Quiz results' }).getByRole('row')).toHaveCount(101);
  await expect(page.getByRole('row', { name: /Student 1\b/ }).first()).toBeVisible();
  // Nothing is sent anywhere: the only request reading makes is for the page's own reader code.
  const sent = requests.filter((url) => !new URL(url).pathname.includes('/_astro/'));
  expect(sent, 'nothing is sent anywhere').toEqual([]);
  // The summary prints without the form.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Links, one per line')).toBeHidden();
  await expect(page.getByRole('table', { name: 'Outcomes, as a table' })).toBeVisible();
});

test('the class view counts a mixed list and opens a file', async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const quiz = (await (await request.get('/quiz/data.json')).json()) as Quiz;
  const scenarios = (await (await request.get('/simulator/data.json')).json()) as Scenario[];
  const { text } = classLinks(origin, quiz, scenarios[0]!, 4);
  await page.goto('/instructors/class/');
  await expect(page.getByRole('button', { name: 'Show the class' })).toBeEnabled();
  await page
    .getByLabel('Or open a file of links')
    .setInputFiles({ name: 'links.txt', mimeType: 'text/plain', buffer: Buffer.from(`${text}\nnot a link\n${text}`) });
  const counts = page.locator('.class-report__counts');
  // Named lines handed in twice count once; "not a link" is dropped.
  await expect(counts).toContainText('Read 9 lines: 2 quiz results and 2 simulator runs; 5 lines could not be used');
  const reasons = page.locator('.class-report__dropped');
  await expect(reasons.getByRole('row', { name: /The same name and link twice 4/ })).toBeVisible();
  await expect(reasons.getByRole('row', { name: /Not a link to a result or a run 1/ })).toBeVisible();
});
