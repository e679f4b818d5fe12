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
 * The theme script runs inline in <head> (before the first paint, so a dark-theme reader sees
 * no white flash); the policy allows exactly that script by its hash.
 */
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8').trim();
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

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
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ (themeInitHash)],
      },
    },
  },
});
