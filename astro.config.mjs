// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

/** The origin the site is published at. Whoever hosts a copy sets their own: SITE_URL=https://... npm run build */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

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
  trailingSlash: 'always',
  build: {
    // Every stylesheet is a file, allowed by 'self': styles of components imported inside MDX are
    // inlined without a CSP hash otherwise, and the browser blocks them.
    inlineStylesheets: 'never',
  },
  integrations: [mdx(), preact(), sitemap()],
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
