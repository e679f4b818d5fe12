/**
 * Byte budgets per page type: the gzip size of the HTML, CSS and JS a page loads before the
 * reader touches anything. A guide page must ship under 3 kB of JS (the design's bar); search
 * (Pagefind) is not counted because it loads only when a reader opens it.
 */
import { gzipSync } from 'node:zlib';
import { pageWeight } from '../../scripts/page-weight.mjs';
import { test, expect } from './fixtures';

interface Budget {
  html: number;
  css: number;
  js: number;
  /** The islands' serialized props inside the HTML (already counted in html): data an island carries. */
  props: number;
}

const KB = 1024;
/*
 * The design's bar for a content page: under 3 kB of JS before search opens. Every page loads one
 * site script (src/scripts/site.ts: theme, menus and contents, glossary terms in place, the search
 * opener's listeners, offline and "new version" notices) and the inline first-paint script; measured
 * on 2026-11-23 at 2.7 kB. The code that opens search and the code behind "Cite this page" load on
 * first use, by address (scripts/chunk-url.mjs), which also keeps Vite's preload helper off these pages.
 */
const PAGE_JS = 3 * KB;
const BUDGETS: Record<string, { path: string; budget: Budget }> = {
  home: { path: '/', budget: { html: 9 * KB, css: 8 * KB, js: PAGE_JS, props: 0 } },
  guide: { path: '/guides/product-vs-project/', budget: { html: 20 * KB, css: 8 * KB, js: PAGE_JS, props: 0 } },
  'process group': {
    path: '/process-groups/planning/',
    budget: { html: 20 * KB, css: 8 * KB, js: PAGE_JS, props: 0 },
  },
  careers: { path: '/careers/', budget: { html: 20 * KB, css: 8 * KB, js: PAGE_JS, props: 0 } },
  // The glossary adds its term filter (0.6 kB) to the site script.
  glossary: { path: '/glossary/', budget: { html: 30 * KB, css: 8 * KB, js: 3.5 * KB, props: 0 } },
  // Each tool's data comes from its JSON file, not from island props: the HTML carries it once.
  compare: { path: '/compare/', budget: { html: 12 * KB, css: 8 * KB, js: 25 * KB, props: 0.5 * KB } },
  quiz: { path: '/quiz/', budget: { html: 14 * KB, css: 9 * KB, js: 25 * KB, props: 0.5 * KB } },
  simulator: { path: '/simulator/', budget: { html: 14 * KB, css: 9 * KB, js: 25 * KB, props: 0.5 * KB } },
  'class view': { path: '/instructors/class/', budget: { html: 16 * KB, css: 9 * KB, js: 25 * KB, props: 0.5 * KB } },
};

for (const [type, { path, budget }] of Object.entries(BUDGETS)) {
  test(`the ${type} page stays within its byte budget`, async ({ page }) => {
    const bytes: Budget = { ...(await pageWeight(page, path)), props: 0 };
    const props = await page.evaluate(() =>
      [...document.querySelectorAll('astro-island')].map((island) => island.getAttribute('props') ?? '').join(''),
    );
    bytes.props = props ? gzipSync(props, { level: 9 }).length : 0;

    console.log(
      `${type} ${path}: HTML ${(bytes.html / KB).toFixed(1)} kB, CSS ${(bytes.css / KB).toFixed(1)} kB, JS ${(bytes.js / KB).toFixed(1)} kB, island props ${(bytes.props / KB).toFixed(2)} kB (gzip)`,
    );
    expect(bytes.html, 'HTML bytes').toBeLessThanOrEqual(budget.html);
    expect(bytes.css, 'CSS bytes').toBeLessThanOrEqual(budget.css);
    expect(bytes.js, 'JS bytes').toBeLessThanOrEqual(budget.js);
    expect(bytes.props, 'island props bytes').toBeLessThanOrEqual(budget.props);
  });
}
