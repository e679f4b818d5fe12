/**
 * "Reviewed" must mean something (issue 10). Three rules, checked on every page and data file:
 *
 * 1. No page or data file cites a source marked `superseded` in sources.yaml.
 * 2. A figure (an amount of money or a percentage) states its year in the same sentence, and that
 *    year is at most FIGURE_MAX_AGE years before the day the page was reviewed, even when the year
 *    is given: a page reviewed in 2026 must not offer a 2021 wage as the answer. A range such as
 *    "2024 to 2034" dates the figure by its first year, since projections run ahead of the data.
 *    So moving `reviewed` forward without re-checking the figures makes this test fail. A sentence
 *    that is not a dated statistic, or that gives an older figure on purpose as history, goes in
 *    NOT_A_CURRENT_FIGURE with the reason.
 * Plus the references themselves: web pages carry a URL and a date (published or read on); books an
 * edition and a year; no ISBN posing as a publisher; no source cited nowhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citedSourceIds } from '../../src/lib/content/mdx-references';
import { ROOT, mdxFiles, yamlData } from '../support/content-files';

/** How old a figure's year may be, counted back from the page's review date. */
const FIGURE_MAX_AGE = 3;

/** Web sources known to be undated and not re-read in the November 2026 review; each is cited for existence only. */
const UNDATED_EXISTENCE_ONLY = new Set([
  'pmi-acp',
  'onet-interest-profiler',
  'pmi-pgmp',
  'scrum-alliance-csm',
  'scrum-org-pspo',
  'scrum-alliance-cspo',
  'aipmm-cpm',
  'pragmatic-institute',
  'product-school',
]);

/** Sentences (a distinctive part of each) that hold a number but are not a current statistic, and why. */
const NOT_A_CURRENT_FIGURE: { contains: string; reason: string }[] = [
  { contains: 'the pay below which 10%, 25%, 75% and 90%', reason: 'defines percentiles; no statistic' },
  { contains: '10% of workers earn less than the 10th percentile', reason: 'glossary definition of a percentile' },
];

interface SourceEntry {
  id: string;
  url?: string;
  year?: number;
  medium?: 'web' | 'book';
  edition?: string;
  publisher: string;
  accessed?: string;
  superseded?: string;
}

const FIGURE = /(?:[$£€]\s?\d[\d,.]*)|(?:\b\d+(?:\.\d+)?\s?(?:%|percent\b))/;
const YEAR_RANGE = /\b((?:19|20)\d{2})\s*(?:to|through|-|–)\s*(?:(?:19|20)?\d{2})\b/g;
const YEAR = /\b(?:19|20)\d{2}\b/g;

/** Splits prose into sentences (MDX tags and Markdown links removed first). */
export function sentences(text: string): string[] {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/(?<=[.!?])\s+(?=[A-Z"(*])|\n{2,}/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

/** The year a figure in this sentence describes: the latest year named, counting a range by its start. */
export function dataYear(sentence: string): number | undefined {
  const rangeStarts = [...sentence.matchAll(YEAR_RANGE)].map((m) => Number(m[1]));
  const withoutRanges = sentence.replace(YEAR_RANGE, ' ');
  const years = [...rangeStarts, ...[...withoutRanges.matchAll(YEAR)].map((m) => Number(m[0]))];
  return years.length === 0 ? undefined : Math.max(...years);
}

/** Sentences that state a figure with no year, or with a year older than the allowed age. */
export function staleFigures(text: string, reviewed: Date, maxAge = FIGURE_MAX_AGE): string[] {
  const limit = reviewed.getUTCFullYear() - maxAge;
  return sentences(text).filter((s) => {
    if (!FIGURE.test(s) || NOT_A_CURRENT_FIGURE.some((n) => s.includes(n.contains))) return false;
    const year = dataYear(s);
    return year === undefined || year < limit;
  });
}

const sources = yamlData<SourceEntry>('sources.yaml');
const byId = new Map(sources.map((s) => [s.id, s]));
const pages = mdxFiles();

/** Source ids that data files cite (`sources: [a, b]` lists in any YAML file but sources.yaml). */
function dataFileCitations(): { file: string; ids: string[]; text: string }[] {
  const dir = join(ROOT, 'src', 'content');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== 'sources.yaml')
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const ids = [...text.matchAll(/sources:\s*\[([^\]]*)\]/g)].flatMap((m) =>
        (m[1] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
      return { file: `src/content/${f}`, ids, text };
    });
}

/** Ids named anywhere in page code (an .astro or .ts file under src/pages, src/components or src/data). */
function codeCitations(): string {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : /\.(astro|ts|tsx)$/.test(e.name) ? [join(d, e.name)] : [],
    );
  return ['pages', 'components', 'data']
    .flatMap((d) => walk(join(ROOT, 'src', d)))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

describe('figure dating rule', () => {
  const reviewed = new Date('2026-11-22');
  it('flags the 2021 BLS sentence the FAQ carried, and passes the same sentence with May 2024 figures', () => {
    const old =
      'The US Bureau of Labor Statistics reported a median annual wage of $94,500 for US project management specialists in May 2021, and projected 7% employment growth for the occupation from 2021 to 2031.';
    expect(staleFigures(old, reviewed)).toHaveLength(1);
    const current = 'BLS gave a median annual wage of $100,750 in May 2024 and about 6% growth from 2024 to 2034.';
    expect(staleFigures(current, reviewed)).toEqual([]);
  });
  it('flags a figure with no year at all, and ignores sentences without figures', () => {
    expect(staleFigures('The median wage is $100,750.', reviewed)).toHaveLength(1);
    expect(staleFigures('The 6th edition (2017) has 49 processes.', reviewed)).toEqual([]);
  });
  it('dates a range by its first year, whatever the years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2090 }), fc.integer({ min: 1, max: 10 }), (start, span) => {
        expect(dataYear(`Growth of 7% from ${start} to ${start + span}.`)).toBe(start);
      }),
    );
  });
  it('never lets a figure through whose newest year is older than the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2079 }), fc.integer({ min: 0, max: 20 }), (year, age) => {
        const when = new Date(Date.UTC(year + age, 5, 1));
        const flagged = staleFigures(`It paid $50,000 in ${year}.`, when).length === 1;
        expect(flagged).toBe(age > FIGURE_MAX_AGE);
      }),
    );
  });
});

describe.each(pages.map((p) => [p.file, p] as const))('%s', (file, page) => {
  const reviewed = new Date(String(page.frontMatter['reviewed']));
  const cited = citedSourceIds(page.body);
  it('cites no superseded source', () => {
    const superseded = cited.filter((id) => byId.get(id)?.superseded !== undefined);
    expect(superseded, `${file} cites superseded sources`).toEqual([]);
  });
  it('gives every figure a year no older than the limit', () => {
    expect(staleFigures(page.body, reviewed), `${file}: figures without a recent year`).toEqual([]);
  });
});

describe('data files', () => {
  const data = dataFileCitations();
  it('cite no superseded source', () => {
    for (const { file, ids } of data) {
      expect(
        ids.filter((id) => byId.get(id)?.superseded !== undefined),
        file,
      ).toEqual([]);
    }
  });
  it('date every figure', () => {
    const today = new Date();
    for (const { file, text } of data) expect(staleFigures(text, today), file).toEqual([]);
  });
});

describe('sources.yaml references', () => {
  it('give web pages a URL and a date, and books an edition and a year', () => {
    const problems = sources.flatMap((s) => {
      if ((s.medium ?? 'web') === 'book')
        return s.edition !== undefined && s.year !== undefined ? [] : [`${s.id}: book without edition or year`];
      if (s.url === undefined) return [`${s.id}: web page without URL`];
      if (s.year === undefined && s.accessed === undefined && !UNDATED_EXISTENCE_ONLY.has(s.id))
        return [`${s.id}: web page with neither a year nor an "as read on" date`];
      return [];
    });
    expect(problems).toEqual([]);
  });
  it('keep ISBNs out of the publisher field', () => {
    expect(sources.filter((s) => /isbn|\d{3}-\d/i.test(s.publisher)).map((s) => s.id)).toEqual([]);
  });
  it('leave no source cited nowhere', () => {
    const used = new Set([
      ...pages.flatMap((p) => citedSourceIds(p.body)),
      ...dataFileCitations().flatMap((d) => d.ids),
    ]);
    const code = codeCitations();
    const orphans = sources.map((s) => s.id).filter((id) => !used.has(id) && !code.includes(`'${id}'`));
    expect(orphans).toEqual([]);
  });
});
