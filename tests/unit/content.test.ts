/**
 * Every MDX page and data file, checked before a build: front matter valid, citations and
 * glossary links pointing at real entries, enough sources and enough words.
 */
import { describe, expect, it } from 'vitest';
import { articleSchema, glossarySchema, sourceSchema } from '../../src/schemas';
import { citedSourceIds, linkedTermIds, proseWordCount } from '../../src/lib/content/mdx-references';
import { mdxFiles, yamlData } from '../support/content-files';

const pages = mdxFiles();
const sources = yamlData<{ id: string }>('sources.yaml');
const glossary = yamlData<{ id: string; related?: string[]; sources?: string[] }>('glossary.yaml');
const sourceIds = new Set(sources.map((s) => s.id));
const termIds = new Set(glossary.map((t) => t.id));

/** Minimum words of prose per section (issue 3: guides 800, groups 500; issue 4: careers 700). */
const MIN_WORDS: Record<string, number> = { guides: 800, 'process-groups': 500, careers: 700, pages: 500 };

describe('sources.yaml', () => {
  it('has valid, unique entries', () => {
    for (const source of sources) {
      const result = sourceSchema.safeParse(source);
      expect(result.success, `${source.id}: ${result.error?.message}`).toBe(true);
    }
    expect(sourceIds.size).toBe(sources.length);
  });
});

describe('glossary.yaml', () => {
  it('has at least 60 valid, unique terms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(60);
    expect(termIds.size).toBe(glossary.length);
    for (const term of glossary) {
      const result = glossarySchema.safeParse(term);
      expect(result.success, `${term.id}: ${result.error?.message}`).toBe(true);
    }
  });
  it('relates only to terms it has and cites only real sources', () => {
    for (const term of glossary) {
      for (const related of term.related ?? []) expect(termIds, `${term.id} -> ${related}`).toContain(related);
      for (const source of term.sources ?? []) expect(sourceIds, `${term.id} cites ${source}`).toContain(source);
    }
  });
});

describe.each(pages.map((p) => [p.file, p] as const))('%s', (file, page) => {
  it('has valid front matter', () => {
    const result = articleSchema.safeParse(page.frontMatter);
    expect(result.success, `${file}: ${result.error?.message}`).toBe(true);
  });
  // A listing page (`listing: true`) states no facts of its own: no source or word minimum.
  const listing = page.frontMatter['listing'] === true;
  it('cites only sources that exist, and at least three of them', () => {
    const cited = citedSourceIds(page.body);
    for (const id of cited) expect(sourceIds, `${file} cites unknown source "${id}"`).toContain(id);
    expect(cited.length, `${file} cites ${cited.length} sources`).toBeGreaterThanOrEqual(listing ? 0 : 3);
  });
  it('links only glossary terms that exist', () => {
    for (const id of linkedTermIds(page.body)) expect(termIds, `${file} links unknown term "${id}"`).toContain(id);
  });
  it('meets its word minimum', () => {
    const minimum = listing ? 0 : (MIN_WORDS[page.section] ?? 0);
    expect(proseWordCount(page.body), `${file} words`).toBeGreaterThanOrEqual(minimum);
  });
  it('has no h1 of its own (the layout renders the title)', () => {
    expect(page.body).not.toMatch(/^# /m);
  });
});
