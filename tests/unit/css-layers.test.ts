/**
 * The cascade layer order is declared once (src/styles/global.css) and must survive the build:
 * if the bundler drops or moves the statement, layers fall back to the order they first appear
 * in, and a component's styles can silently override the utilities. The built CSS is checked by tests/e2e/built-css.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LAYER_ORDER =
  /@layer\s+reset\s*,\s*tokens\s*,\s*base\s*,\s*layout\s*,\s*prose\s*,\s*controls\s*,\s*components\s*,\s*search\s*,\s*utilities\s*;/;

describe('the layer order in src/styles/global.css', () => {
  it('declares every layer in one statement', () => {
    expect(readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8')).toMatch(LAYER_ORDER);
  });
  it('is the statement BaseLayout inlines before every stylesheet', () => {
    const inlined = readFileSync(join(ROOT, 'src/styles/layer-order.css'), 'utf8').trim();
    expect(inlined).toMatch(LAYER_ORDER);
    expect(readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8')).toContain(inlined);
  });
});
