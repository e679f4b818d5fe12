// @ts-check
/**
 * npm run audit [-- --no-build] [-- --only /compare/]
 *
 * Builds the site, serves it, and runs Lighthouse (mobile settings: its default phone emulation and
 * simulated slow 4G) on each page type in the test suite's Chromium. Prints the four scores with LCP,
 * TBT, CLS and the bytes each page transfers, and exits with an error if any score is below 100.
 * Not part of `npm test` (a minute or more, and the scores depend on the machine's load); run it
 * before a release or after a change to layout, styles or scripts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PAGES = [
  '/',
  '/guides/product-vs-project/',
  '/process-groups/',
  '/compare/',
  '/quiz/',
  '/simulator/',
  '/instructors/class/',
  '/search/?q=risk',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/**
 * Pages kept out of search engines on purpose (`noindex`): Lighthouse's "is crawlable" check fails
 * there by design, so it is skipped for them, and the table says so.
 */
const NOINDEX = new Set(['/search/?q=risk']);

/** The test suite's Chromium (tests/support/chromium.ts): CHROMIUM_PATH, else Debian's. */
function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}: set CHROMIUM_PATH (see README, "Commands").`);
  return path;
}

/** @param {string} url */
async function waitFor(url, tries = 100) {
  for (let i = 0; i < tries; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The preview server did not answer at ${url}`);
}

async function main() {
  const argv = process.argv.slice(2);
  const onlyPath = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const only = onlyPath ? [onlyPath] : undefined;
  if (!argv.includes('--no-build')) {
    const built = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const port = 4800 + Math.floor(Math.random() * 500);
  const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--ignore-lock'], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  const origin = `http://localhost:${port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const rows = [];
  let failed = false;
  try {
    await waitFor(`${origin}/`);
    for (const path of only ?? PAGES) {
      const probe = await fetch(`${origin}${path}`);
      if (!probe.ok) {
        rows.push({ path, missing: `HTTP ${probe.status}` });
        failed = true;
        continue;
      }
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        ...(NOINDEX.has(path) ? { skipAudits: ['is-crawlable'] } : {}),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = result;
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      /** @param {string} id */
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      const below = CATEGORIES.filter((_, i) => (scores[i] ?? 0) < 100).map((c) => {
        const failing = Object.values(lhr.audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
          )
          .map((a) => a.id);
        return `${c}: ${failing.join(', ')}`;
      });
      if (below.length) failed = true;
      rows.push({
        path,
        scores,
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        bytes: audit('total-byte-weight'),
        below,
      });
    }
  } finally {
    await chrome.kill();
    if (server.pid) process.kill(-server.pid);
  }

  console.log('\n| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | bytes |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    if ('missing' in r) {
      console.log(`| ${r.path} | ${r.missing} | | | | | | | |`);
      continue;
    }
    console.log(
      `| ${r.path} | ${r.scores.join(' | ')} | ${(r.lcp / 1000).toFixed(1)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${(r.bytes / 1024).toFixed(0)} kB |`,
    );
  }
  for (const path of NOINDEX) console.log(`${path}: noindex on purpose, so SEO is scored without "is crawlable".`);
  for (const r of rows) if ('below' in r) for (const b of r.below) console.log(`below 100 on ${r.path}: ${b}`);
  if (failed) {
    console.error('\nAudit failed: every page must score 100 in every category (and exist).');
    process.exit(1);
  }
  console.log('\nEvery page scores 100 in every category.');
}

await main();
