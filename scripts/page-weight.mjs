// @ts-check
/**
 * What a page transfers before the reader touches anything: the gzip size (level 9) of each HTML,
 * CSS and JS response and of its inline scripts, after a scroll to the bottom so islands that
 * wait to be seen load too. The byte budgets (tests/e2e/budgets.spec.ts) and `npm run bench:weight`
 * both count with this, so their figures agree.
 */
import { gzipSync } from 'node:zlib';

/**
 * @param {import('@playwright/test').Page} page a page nothing has been loaded in yet
 * @param {string} url
 * @returns {Promise<{ html: number; css: number; js: number }>}
 */
export async function pageWeight(page, url) {
  const bytes = { html: 0, css: 0, js: 0 };
  /** @type {Promise<number>[]} */
  const pending = [];
  page.on('response', (response) => {
    const kind = response.request().resourceType();
    const bucket = kind === 'document' ? 'html' : kind === 'stylesheet' ? 'css' : kind === 'script' ? 'js' : undefined;
    if (!bucket || response.status() !== 200) return;
    pending.push(response.body().then((body) => (bytes[bucket] += gzipSync(body, { level: 9 }).length)));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Islands hydrate when visible: scroll through the page so every one of them loads.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
      .map((s) => s.textContent ?? '')
      .join(''),
  );
  bytes.js += inline ? gzipSync(inline, { level: 9 }).length : 0;
  return bytes;
}
