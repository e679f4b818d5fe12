/**
 * "Cite this page": each style's text for a page's front matter, and the rules every style keeps
 * whatever the title, date and address (property tests).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleSchema } from '../../src/schemas';
import {
  ACCESS_FORMATS,
  CITATION_STYLES,
  localDay,
  bibtexEscape,
  bibtexKey,
  citationParts,
  citationText,
  type PageCitation,
} from '../../src/lib/site/cite-page';
import { REPORT_FALLBACK, reportLinkFrom } from '../../src/data/site-config';
import { mdxFiles } from '../support/content-files';

const page: PageCitation = {
  title: 'Product vs project management',
  url: 'https://example.org/guides/product-vs-project/',
  reviewed: new Date('2026-11-22'),
  accessed: new Date('2027-01-05'),
};

describe('the four styles, for one page', () => {
  it('APA 7: site as author, full date, italic title, retrieval date and URL', () => {
    expect(citationText('apa', page)).toBe(
      'Which PM? (2026, November 22). Product vs project management. Retrieved January 5, 2027, from https://example.org/guides/product-vs-project/',
    );
    expect(citationParts('apa', page).find((p) => p.italic)?.text).toBe('Product vs project management.');
  });
  it('MLA 9: title in quotes, italic site, day-month-year with MLA abbreviations, accessed date', () => {
    expect(citationText('mla', page)).toBe(
      '“Product vs project management.” Which PM?, 22 Nov. 2026, https://example.org/guides/product-vs-project/. Accessed 5 Jan. 2027.',
    );
    expect(citationParts('mla', page).find((p) => p.italic)?.text).toBe('Which PM?');
  });
  it('Chicago: title in quotes, site, last modified, accessed, URL', () => {
    expect(citationText('chicago', page)).toBe(
      '“Product vs project management.” Which PM? Last modified November 22, 2026. Accessed January 5, 2027. https://example.org/guides/product-vs-project/.',
    );
  });
  it('BibTeX: a @misc entry with a key from the path, url and urldate', () => {
    expect(citationText('bibtex', page)).toBe(
      [
        '@misc{whichpm-guides-product-vs-project-2026,',
        '  author = {{Which PM?}},',
        '  title = {Product vs project management},',
        '  year = {2026},',
        '  month = nov,',
        '  url = {https://example.org/guides/product-vs-project/},',
        '  urldate = {2027-01-05}',
        '}',
      ].join('\n'),
    );
  });
  it('writes May, June, July and Sept. as MLA does', () => {
    const at = (iso: string) => citationText('mla', { ...page, reviewed: new Date(iso) });
    expect(at('2026-05-03')).toContain('3 May 2026');
    expect(at('2026-06-03')).toContain('3 June 2026');
    expect(at('2026-07-03')).toContain('3 July 2026');
    expect(at('2026-09-03')).toContain('3 Sept. 2026');
  });
  it('does not add a full stop after a title that ends in a question mark', () => {
    const question = { ...page, title: 'Which PM suits me?' };
    expect(citationText('apa', question)).toContain('Which PM suits me? Retrieved');
    expect(citationText('mla', question)).toContain('“Which PM suits me?”');
    expect(citationText('chicago', question)).toContain('“Which PM suits me?” Which PM?');
  });
  it('escapes LaTeX specials in a BibTeX title', () => {
    expect(bibtexEscape('Cost & risk: 100% {on} plan_b #1')).toBe('Cost \\& risk: 100\\% \\{on\\} plan\\_b \\#1');
    expect(bibtexKey('https://example.org/', page.reviewed)).toBe('whichpm-home-2026');
  });
});

describe('each MDX page is cited by its own front matter', () => {
  const files = mdxFiles();
  it('has pages to check', () => expect(files.length).toBeGreaterThan(10));
  for (const file of files) {
    it(file.file, () => {
      const data = articleSchema.parse(file.frontMatter);
      const citation = {
        title: data.title,
        url: 'https://example.org/x/',
        reviewed: data.reviewed,
        accessed: page.accessed,
      };
      const year = String(data.reviewed.getUTCFullYear());
      const day = String(data.reviewed.getUTCDate());
      expect(citationText('apa', citation)).toMatch(new RegExp(`^Which PM\\? \\(${year}, \\w+ ${day}\\)\\. `));
      expect(citationText('apa', citation)).toContain(data.title);
      expect(citationText('mla', citation)).toContain(`“${data.title}`);
      expect(citationText('chicago', citation)).toContain(`Last modified`);
      expect(citationText('chicago', citation)).toContain(`, ${year}.`);
      expect(citationText('bibtex', citation)).toContain(`year = {${year}}`);
      expect(citationText('bibtex', citation)).toContain(`title = {${bibtexEscape(data.title)}}`);
    });
  }
});

describe('properties', () => {
  const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true });
  const citation = fc.record({
    title: fc.string({ minLength: 3, maxLength: 90 }),
    url: fc.webUrl(),
    reviewed: date,
    accessed: date,
  });
  it('every style names the URL, the year reviewed and the year accessed', () => {
    fc.assert(
      fc.property(citation, (c) => {
        for (const { id } of CITATION_STYLES) {
          const text = citationText(id, c);
          expect(text).toContain(c.url);
          expect(text).toContain(String(c.reviewed.getUTCFullYear()));
          expect(text).toContain(String(c.accessed.getUTCFullYear()));
        }
      }),
    );
  });
  it('each style marks its access date (in its own format) and its address once, for the browser to update', () => {
    fc.assert(
      fc.property(citation, (c) => {
        for (const { id } of CITATION_STYLES) {
          const parts = citationParts(id, c);
          const dates = parts.filter((p) => p.accessed);
          const links = parts.filter((p) => p.url);
          expect(dates).toHaveLength(1);
          expect(links).toHaveLength(1);
          const [date] = dates;
          expect(date?.text).toBe(ACCESS_FORMATS[date?.accessed ?? 'iso'](c.accessed));
          expect(links[0]?.text).toBe(c.url);
          // Swapping in another day and the address on a copy of the site (same path; on a tool page,
          // with the tool's state) gives the citation written for them.
          const url = `https://mirror.example.edu${new URL(c.url).pathname}?roles=product-owner`;
          const other = { ...c, accessed: new Date('2031-02-03'), url };
          const swapped = parts
            .map((p) => (p.accessed ? ACCESS_FORMATS[p.accessed](other.accessed) : p.url ? other.url : p.text))
            .join('');
          expect(swapped).toBe(citationText(id, other));
        }
      }),
    );
  });
  it('takes the access date from the reader’s own calendar day', () => {
    fc.assert(
      fc.property(date, (now) => {
        const day = localDay(now);
        expect([day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()]).toEqual([
          now.getFullYear(),
          now.getMonth(),
          now.getDate(),
        ]);
      }),
    );
  });
  it('BibTeX braces stay balanced whatever the title', () => {
    fc.assert(
      fc.property(citation, (c) => {
        const text = citationText('bibtex', { ...c, url: 'https://example.org/a/' });
        let depth = 0;
        for (let i = 0; i < text.length; i++) {
          if (text[i] === '\\') {
            i++;
            continue;
          }
          if (text[i] === '{') depth++;
          if (text[i] === '}') depth--;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
      }),
    );
  });
});

describe('REPORT_URL, read at build like SITE_URL', () => {
  it('uses an http(s) or mailto address and falls back to the about page otherwise', () => {
    expect(reportLinkFrom('https://github.com/x/y/issues/new')).toEqual({
      href: 'https://github.com/x/y/issues/new',
      configured: true,
    });
    expect(reportLinkFrom(' mailto:errors@example.edu ')).toEqual({
      href: 'mailto:errors@example.edu',
      configured: true,
    });
    for (const bad of [undefined, '', '   ', 'javascript:alert(1)', 'not a url', 'ftp://x.org/']) {
      expect(reportLinkFrom(bad)).toEqual({ href: REPORT_FALLBACK, configured: false });
    }
  });
});
