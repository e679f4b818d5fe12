// @ts-check
/**
 * Build steps that run inside `astro build`, so one command makes the whole site in any output
 * folder, under any base path, on any platform (no shell variables in npm scripts):
 *
 * - a prominent warning when a production build has no SITE_URL (canonical URLs, the sitemap and
 *   robots.txt would name localhost);
 * - the Pagefind search index, written into the output folder;
 * - the offline files: `offline.json` (every page and the search index, with their sizes, for "Save
 *   the whole site for offline") and `sw.js`, the service worker, stamped with this build's version
 *   and base path;
 * - `_headers` with its paths moved under the base path when there is one.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** Files the service worker never needs to store (host configuration, crawler files, its own files). */
const NOT_OFFLINE =
  /^(?:_headers|_redirects|robots\.txt|sitemap[^/]*\.xml|sw\.js|offline\.json|pagefind\/pagefind-(?:ui|modular-ui|highlight)\.[a-z]+|pagefind\/wasm\.unknown\.pagefind)$/;

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;

/** @param {string} dir @returns {Promise<string[]>} every file under dir, as paths relative to it with `/` */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * @param {{ siteUrlSet: boolean }} options
 * @returns {import('astro').AstroIntegration}
 */
export function siteBuild({ siteUrlSet }) {
  let base = '/';
  return {
    name: 'which-pm:site-build',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' && !siteUrlSet) {
          const line = '!'.repeat(72);
          logger.warn(
            [
              line,
              'SITE_URL is not set: canonical URLs, the sitemap and robots.txt will name',
              'http://localhost:4321. Fine for a test build; for the build you publish, run',
              '  SITE_URL=https://your.domain npm run build',
              '(and BASE_PATH=/sub/path/ if the site lives under a sub-path). See docs/hosting.md.',
              line,
            ].join('\n'),
          );
        }
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await buildSearchIndex(out, logger);
        await writeHeaders(out, base);
        const { version, bytes, gzip, files } = await writeOfflineFiles(out, base);
        logger.info(
          `offline: the whole site is ${files} files, ${kB(gzip)} to download, ${kB(bytes)} on the device (version ${version})`,
        );
      },
    },
  };
}

/** @param {string} out @param {import('astro').AstroIntegrationLogger} logger */
async function buildSearchIndex(out, logger) {
  const pagefind = await import('pagefind');
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: out });
  if (added.errors.length) throw new Error(`Pagefind could not index ${out}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  logger.info(`search index: ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(2)}s`);
}

/** Every HTML file under dir, as paths relative to it. @param {string} dir */
async function htmlFiles(dir) {
  return (await filesUnder(dir)).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

/** The Content-Security-Policy of a page's meta tag. @param {string} html */
export function metaPolicy(html) {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return match?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/**
 * Netlify and Cloudflare Pages read `_headers` from the published folder. The build fills in the
 * pages' policy (the same on every page, or the build fails) and, under a base path, moves every
 * rule's path under it, since the hosts match paths from their root.
 * @param {string} out @param {string} base
 */
async function writeHeaders(out, base) {
  const path = join(out, '_headers');
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return;
  }
  const policies = new Set();
  for (const file of await htmlFiles(out)) policies.add(metaPolicy(await readFile(join(out, file), 'utf8')));
  if (policies.size !== 1 || policies.has(undefined)) {
    throw new Error(`_headers: the pages do not share one Content-Security-Policy (${policies.size} found)`);
  }
  const [policy] = policies;
  const filled = text
    .replace('PAGES_POLICY ', `${String(policy).trim().replace(/;?$/, ';')} `)
    .split('\n')
    .map((line) => (base !== '/' && line.startsWith('/') ? `${base.slice(0, -1)}${line}` : line))
    .join('\n');
  await writeFile(path, filled);
}

/**
 * @param {string} out @param {string} base
 * @returns {Promise<{ version: string, bytes: number, gzip: number, files: number }>}
 */
async function writeOfflineFiles(out, base) {
  const all = (await filesUnder(out)).filter((f) => !NOT_OFFLINE.test(f));
  const hash = createHash('sha256');
  /** @type {{ url: string, bytes: number, gzip: number }[]} */
  const entries = [];
  for (const file of all) {
    const content = await readFile(join(out, file));
    hash.update(file).update(content);
    const url = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    // `gzip`: about what the download costs, since hosts compress text (fast level 1: a slight overestimate).
    entries.push({ url, bytes: content.length, gzip: gzipSync(content, { level: 1 }).length });
  }
  const version = hash.digest('hex').slice(0, 12);
  const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
  const gzip = entries.reduce((sum, e) => sum + e.gzip, 0);
  const pages = entries.filter((e) => e.url.endsWith('/') || e.url.endsWith('.html'));
  const search = entries.filter((e) => e.url.startsWith(`${base}pagefind/`));
  const grouped = new Set([...pages, ...search]);
  const assets = entries.filter((e) => !grouped.has(e));
  await writeFile(join(out, 'offline.json'), JSON.stringify({ version, bytes, gzip, pages, assets, search }));

  const worker = await readFile(new URL('../src/scripts/service-worker.js', import.meta.url), 'utf8');
  const stamped = worker
    .replace("const VERSION = 'dev';", `const VERSION = ${JSON.stringify(version)};`)
    .replace("const BASE = '/';", `const BASE = ${JSON.stringify(base)};`);
  if (stamped === worker) throw new Error('service-worker.js: VERSION and BASE lines not found');
  await writeFile(join(out, 'sw.js'), stamped);
  return { version, bytes, gzip, files: entries.length };
}
