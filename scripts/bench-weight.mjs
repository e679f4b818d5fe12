// @ts-check
/**
 * npm run bench:weight [-- --page /guides/product-vs-project/] [-- --no-build]
 *
 * The design's weight bar: a guide page's weight beyond its own text, against the same text in
 * Starlight's default documentation theme. Builds this site (unless --no-build), puts the guide's
 * reading text (its `.prose` block, exactly as built: paragraphs, tables, citations, glossary terms)
 * into a Starlight page with the same title and description, beside the other guides so its sidebar
 * has the same entries, and builds that too (a pinned Starlight in a temporary folder, as
 * bench:build). Then loads both pages in the test suite's Chromium and counts what each transfers
 * before the reader touches anything, with the byte budgets' own count (page-weight.mjs). "Text"
 * is the gzip size of the `.prose` block's words, the same on both sides; "beyond" is the rest. Counting the block's markup (links, tables, the glossary popovers) as the
 * text instead gives a second, kinder ratio, printed too. The bar: under 1/6.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { pageWeight } from './page-weight.mjs';
import { STARLIGHT, starlightProject } from './starlight-project.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;
const BAR = 1 / 6;

function args() {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--page');
  const page = at >= 0 ? (argv[at + 1] ?? '') : '/guides/product-vs-project/';
  if (!/^\/guides\/[a-z0-9-]+\/$/.test(page)) throw new Error('--page: a guide, such as /guides/product-vs-project/');
  return { page, build: !argv.includes('--no-build') };
}

/** @param {string} html @param {string} name */
function metaContent(html, name) {
  const match = new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html);
  return match?.[1] ?? '';
}

/** The `.prose` block of a built page: the element and everything inside it, as built. @param {string} html */
function proseBlock(html) {
  const start = html.indexOf('<div class="prose">');
  if (start < 0) throw new Error('the page has no <div class="prose">');
  let depth = 0;
  const tag = /<(\/?)div\b[^>]*>/g;
  tag.lastIndex = start;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error('the .prose block does not close');
}

/**
 * Writes the Starlight side: the guide's text in one page, the other guides as siblings in the sidebar.
 * @param {string} page
 */
function starlightSide(page) {
  const dir = starlightProject();
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  mkdirSync(join(docs, 'guides'), { recursive: true });
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Home\n---\n\nHome.\n');
  const guides = join(ROOT, 'dist/guides');
  for (const slug of readdirSync(guides)) {
    const file = join(guides, slug, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const title = (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? slug).replace(/<[^>]+>/g, '').trim();
    const description = metaContent(html, 'description');
    const front = `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n`;
    const body =
      `/guides/${slug}/` === page
        ? `export const prose = ${JSON.stringify(proseBlock(html))};\n\n<Fragment set:html={prose} />\n`
        : `${description}\n`;
    writeFileSync(join(docs, 'guides', `${slug}.mdx`), front + body);
  }
  const run = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    stdio: 'pipe',
  });
  if (run.status !== 0) throw new Error(`the Starlight build failed:\n${run.stderr.toString()}`);
  return join(dir, 'dist');
}

const TYPES = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static server for a built site, on a free port. @param {string} root */
async function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, {
      'content-type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream',
    });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/**
 * What a page transfers before the reader touches anything, and its text.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function weigh(browser, url) {
  const page = await browser.newPage({ serviceWorkers: 'block' });
  const bytes = await pageWeight(page, url);
  const [text, markup] = await page.evaluate(() => {
    const prose = document.querySelector('.prose');
    return [prose?.textContent ?? '', prose?.outerHTML ?? ''];
  });
  await page.close();
  if (!text) throw new Error(`${url}: no .prose text found`);
  const total = bytes.html + bytes.css + bytes.js;
  const textBytes = gzipSync(text, { level: 9 }).length;
  const markupBytes = gzipSync(markup, { level: 9 }).length;
  return { ...bytes, total, text: textBytes, beyond: total - textBytes, beyondMarkup: total - markupBytes };
}

async function main() {
  const { page, build } = args();
  if (build) {
    const run = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) throw new Error('the build failed');
  }
  console.log(`Building the same text with Starlight ${STARLIGHT}…`);
  const starlightDist = starlightSide(page);
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: set CHROMIUM_PATH (see README).`);
  const browser = await chromium.launch({ executablePath });
  const ours = await serve(join(ROOT, 'dist'));
  const theirs = await serve(starlightDist);
  try {
    const rows = [
      { site: 'Which PM?', ...(await weigh(browser, `${ours.origin}${page}`)) },
      { site: `Starlight ${STARLIGHT}`, ...(await weigh(browser, `${theirs.origin}${page}`)) },
    ];
    const kb = (/** @type {number} */ n) => `${(n / KB).toFixed(1)} kB`;
    console.log(`\n${page}, gzip, as loaded before the reader touches anything:\n`);
    console.log('| site | HTML | CSS | JS | total | its text | beyond the text |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      console.log(
        `| ${r.site} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.total)} | ${kb(r.text)} | ${kb(r.beyond)} |`,
      );
    }
    const [a, b] = rows;
    if (!a || !b) return;
    const ratio = a.beyond / b.beyond;
    const markupRatio = a.beyondMarkup / b.beyondMarkup;
    console.log(
      `\nBeyond the text, this site weighs ${ratio.toFixed(2)} of Starlight's (${markupRatio.toFixed(2)} counting the text's markup as text); the bar is under ${BAR.toFixed(2)}, a sixth. In all: ${(a.total / b.total).toFixed(2)}.`,
    );
  } finally {
    ours.close();
    theirs.close();
    await browser.close();
  }
}

await main();
