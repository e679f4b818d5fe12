// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { siteBuild } from './scripts/site-build.mjs';
import { chunkUrl } from './scripts/chunk-url.mjs';

/** The origin the site is published at. Whoever hosts a copy sets their own: SITE_URL=https://... npm run build */
const site = process.env.SITE_URL || 'http://localhost:4321';
/** The sub-path the site is published under, if any: BASE_PATH=/which-pm/ npm run build. */
const base = process.env.BASE_PATH || '/';
/** Where the build goes; CI builds the sub-path site into a folder of its own. */
const outDir = process.env.OUT_DIR || './dist';

/**
 * One small script runs inline in <head>, before the first paint: it applies a saved theme (so a
 * dark-theme reader sees no white flash) and marks that JavaScript runs (so no-JS fallbacks can
 * hide without a layout shift). The policy allows exactly that script by its hash.
 */
const earlyInit = readFileSync(new URL('./src/scripts/early-init.js', import.meta.url), 'utf8').trim();
const earlyInitHash = `sha256-${createHash('sha256').update(earlyInit).digest('base64')}`;
/** The cascade layer order, inlined first in <head> (see BaseLayout.astro), allowed by its hash. */
const layerOrder = readFileSync(new URL('./src/styles/layer-order.css', import.meta.url), 'utf8').trim();
const layerOrderHash = `sha256-${createHash('sha256').update(layerOrder).digest('base64')}`;

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: {
    // Every stylesheet is a file, allowed by 'self': styles of components imported inside MDX are
    // inlined without a CSP hash otherwise, and the browser blocks them.
    inlineStylesheets: 'never',
  },
  integrations: [
    mdx(),
    // Babel (for JSX) only where JSX is: the islands. Without this it parses every .ts file too.
    preact({ include: ['**/components/islands/**/*.tsx'] }),
    // The search page lists no content of its own: it stays out of the sitemap (and is noindex).
    sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/search/') }),
    // After the pages: the search index, the offline files and the headers file (scripts/site-build.mjs).
    siteBuild({ siteUrlSet: Boolean(process.env.SITE_URL) }),
  ],
  vite: {
    // `?chunk-url` imports: load code only when a reader asks for it, without Vite's preload helper.
    plugins: [chunkUrl()],
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // MDX pages carry Astro's "use astro:head-inject" marker, which Astro reads before bundling;
          // the bundler's note that it may drop the directive says nothing to act on, once per page.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  markdown: {
    // Shiki writes inline styles, which a strict Content Security Policy forbids.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // Pagefind runs its search in a worker and compiles WebAssembly.
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: {
        hashes: [/** @type {`sha256-${string}`} */ (layerOrderHash)],
      },
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ (earlyInitHash)],
      },
    },
  },
});
