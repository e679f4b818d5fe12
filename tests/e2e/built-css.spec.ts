/**
 * The cascade layer order declared once in src/styles/global.css must survive the build: if the
 * bundler drops or moves the statement, layers take the order they first appear in, and a
 * component's styles can silently beat the utilities. Reads the stylesheets in dist/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

const ASSETS = join(import.meta.dirname, '..', '..', 'dist', '_astro');
const ORDER =
  /@layer\s+reset\s*,\s*tokens\s*,\s*base\s*,\s*layout\s*,\s*prose\s*,\s*controls\s*,\s*components\s*,\s*search\s*,\s*utilities\s*;/;

test.describe('the built CSS', () => {
  const sheets = readdirSync(ASSETS).filter((f) => f.endsWith('.css'));
  const texts = sheets.map((f) => ({ f, css: readFileSync(join(ASSETS, f), 'utf8') }));

  test('every page declares the layer order before its first stylesheet', () => {
    const pages = ['index.html', '404.html', 'compare/index.html', 'careers/index.html', 'glossary/index.html'];
    for (const page of pages) {
      const html = readFileSync(join(ASSETS, '..', page), 'utf8');
      const statement = html.search(/<style>@layer reset, tokens[^<]*<\/style>/);
      const inOrder = ORDER.test(html.slice(statement));
      const firstSheet = html.search(/<link rel="stylesheet"/);
      expect(statement, `${page}: layer order statement`).toBeGreaterThan(-1);
      expect(inOrder, `${page}: the statement lists every layer in order`).toBe(true);
      expect(statement, `${page}: statement before the first stylesheet`).toBeLessThan(firstSheet);
    }
  });

  test('puts every rule of every stylesheet inside a layer and uses no !important', () => {
    for (const { f, css } of texts) {
      expect(css, f).not.toContain('!important');
      // Strip layer blocks (balanced braces) and the order statement; nothing but @font-face or @import may remain.
      let rest = '';
      let depth = 0;
      let inLayer = false;
      for (let i = 0; i < css.length; i++) {
        if (!inLayer && depth === 0 && css.startsWith('@layer', i)) {
          const brace = css.indexOf('{', i);
          const semi = css.indexOf(';', i);
          if (semi !== -1 && (brace === -1 || semi < brace)) {
            i = semi;
            continue;
          }
          inLayer = true;
        }
        const c = css[i]!;
        if (c === '{') depth++;
        if (c === '}') {
          depth--;
          if (depth === 0 && inLayer) {
            inLayer = false;
            continue;
          }
        }
        if (!inLayer) rest += c;
      }
      expect(rest.replace(/\s+/g, ''), `${f}: CSS outside any layer`).toBe('');
    }
  });
});
