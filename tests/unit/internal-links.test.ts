/**
 * Every internal link goes through withBase() (src/lib/site/href.ts), so the site works under a
 * sub-path. This fails on a root-relative URL written straight into an attribute or a property in
 * components, pages, layouts and scripts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['src/components', 'src/pages', 'src/layouts', 'src/scripts'];

/** `href="/x"`, `src='/x'`, `action={"/x"}`, `href={`/x`}`, `el.href = '/x'`; not `//host` and not `withBase('/x')`. */
const HARD_CODED = /\b(?:href|src|action)\s*=\s*(?:\{\s*)?["'`]\/(?!\/)/g;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.(astro|tsx?|jsx?)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

function hardCodedLinks(text: string): string[] {
  return [...text.matchAll(HARD_CODED)].map((m) => {
    const line = text.slice(0, m.index).split('\n').length;
    return `line ${line}: ${text.split('\n')[line - 1]!.trim()}`;
  });
}

describe('the pattern', () => {
  it('catches hard-coded links and lets helper calls and other origins through', () => {
    expect(hardCodedLinks('<a href="/guides/">')).toHaveLength(1);
    expect(hardCodedLinks("<a href={'/guides/'}>")).toHaveLength(1);
    expect(hardCodedLinks('<a href={`/sources/#${id}`}>')).toHaveLength(1);
    expect(hardCodedLinks("link.href = '/pagefind/x.css';")).toHaveLength(1);
    expect(hardCodedLinks("<form action='/search/'>")).toHaveLength(1);
    expect(hardCodedLinks("<a href={withBase('/guides/')}>")).toEqual([]);
    expect(hardCodedLinks('<a href="https://pmi.org/">')).toEqual([]);
    expect(hardCodedLinks('<a href="//example.org/">')).toEqual([]);
    expect(hardCodedLinks('<a href="#top">')).toEqual([]);
  });
});

describe('no hard-coded root-relative link', () => {
  const all = FOLDERS.flatMap((folder) => files(join(ROOT, folder)));
  it('finds the files to check', () => expect(all.length).toBeGreaterThan(20));
  for (const path of all) {
    it(relative(ROOT, path), () => {
      expect(hardCodedLinks(readFileSync(path, 'utf8'))).toEqual([]);
    });
  }
});
