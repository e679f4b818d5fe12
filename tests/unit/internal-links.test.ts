/**
 * Every internal link goes through withBase() (src/lib/site/href.ts), so the site works under a
 * sub-path. This fails on a root-relative URL written straight into an attribute or a property in
 * components, pages, layouts and scripts, and in MDX content on one the base cannot reach: a JSX
 * attribute (`<a href="/x">`) or a Markdown image. Markdown links (`[text](/guides/)`) are fine:
 * they render through the MDX `a` component, which adds the base.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['src/components', 'src/pages', 'src/layouts', 'src/scripts'];

/** `href="/x"`, `src='/x'`, `action={"/x"}`, `href={`/x`}`, `el.href = '/x'`; not `//host` and not `withBase('/x')`. */
const HARD_CODED = /\b(?:href|src|action)\s*=\s*(?:\{\s*)?["'`]\/(?!\/)/g;

function files(dir: string, pattern = /\.(astro|tsx?|jsx?)$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name), pattern) : pattern.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** In MDX: JSX attributes (as above) and Markdown images `![alt](/x.png)`, which no component maps. */
const MDX_IMAGE = /!\[[^\]]*\]\(\s*<?\/(?!\/)/g;

function hardCodedInMdx(text: string): string[] {
  const images = [...text.matchAll(MDX_IMAGE)].map((m) => {
    const line = text.slice(0, m.index).split('\n').length;
    return `line ${line}: ${text.split('\n')[line - 1]!.trim()}`;
  });
  return [...hardCodedLinks(text), ...images];
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

describe('MDX content', () => {
  it('the pattern catches JSX links and images, and lets Markdown links through', () => {
    expect(hardCodedInMdx('See <a href="/guides/">the guides</a>.')).toHaveLength(1);
    expect(hardCodedInMdx('![A chart](/charts/pay.png)')).toHaveLength(1);
    expect(hardCodedInMdx('Read [the guides](/guides/) first.')).toEqual([]);
    expect(hardCodedInMdx('![A chart](https://example.org/pay.png)')).toEqual([]);
  });

  it('Markdown links render through the component that adds the base', () => {
    const mapping = readFileSync(join(ROOT, 'src/components/mdx/index.ts'), 'utf8');
    expect(mapping).toMatch(/^\s*a: Link,/m);
    expect(readFileSync(join(ROOT, 'src/components/mdx/Link.astro'), 'utf8')).toContain('withBase(href)');
  });

  const mdx = files(join(ROOT, 'src/content'), /\.mdx$/);
  it('finds the pages to check', () => expect(mdx.length).toBeGreaterThan(15));
  for (const path of mdx) {
    it(relative(ROOT, path), () => {
      expect(hardCodedInMdx(readFileSync(path, 'utf8'))).toEqual([]);
    });
  }
});
