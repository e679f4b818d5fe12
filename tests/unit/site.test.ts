import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breadcrumbs } from '../../src/lib/site/breadcrumbs';
import { formatReviewed } from '../../src/lib/site/cite-page';
import { entryPath, normalizePath } from '../../src/lib/site/paths';
import { prevNext, sortPages } from '../../src/lib/site/prev-next';
import { routeForPageFile } from '../../src/lib/site/routes';
import { SECTIONS, isCurrentSection, sectionForPath } from '../../src/lib/site/sections';
import { buildToc } from '../../src/lib/site/toc';

describe('normalizePath', () => {
  it('adds the slashes every page URL has', () => {
    expect(normalizePath('guides/product-vs-project')).toBe('/guides/product-vs-project/');
    expect(normalizePath('/careers/index.html')).toBe('/careers/');
    expect(normalizePath('/search/?q=charter#top')).toBe('/search/');
    expect(normalizePath('')).toBe('/');
  });
  it('always yields a path that starts and ends with a slash and has no doubled slash', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const path = normalizePath(input);
        expect(path.startsWith('/') && path.endsWith('/')).toBe(true);
        expect(path.includes('//')).toBe(false);
        expect(normalizePath(path)).toBe(path);
      }),
    );
  });
});

describe('entryPath', () => {
  it('publishes index at the section root and other entries below it', () => {
    expect(entryPath('/careers/', 'index')).toBe('/careers/');
    expect(entryPath('/careers/', 'faq')).toBe('/careers/faq/');
    expect(entryPath('/', 'knowledge-areas')).toBe('/knowledge-areas/');
  });
});

describe('routeForPageFile', () => {
  it('maps page files to their URLs', () => {
    expect(routeForPageFile('/src/pages/index.astro')).toBe('/');
    expect(routeForPageFile('/src/pages/compare/index.astro')).toBe('/compare/');
    expect(routeForPageFile('/src/pages/quiz/method.astro')).toBe('/quiz/method/');
    expect(routeForPageFile('/src/pages/404.astro')).toBe('/404.html');
    expect(routeForPageFile('/src/pages/robots.txt.ts')).toBe('/robots.txt');
  });
  it('leaves dynamic routes and other files out', () => {
    expect(routeForPageFile('/src/pages/guides/[...slug].astro')).toBeUndefined();
    expect(routeForPageFile('/src/components/Card.astro')).toBeUndefined();
  });
});

describe('prevNext', () => {
  const pages = [
    { href: '/b/', title: 'B', order: 2 },
    { href: '/a/', title: 'A', order: 1 },
    { href: '/c/', title: 'C', order: 3 },
  ];
  it('links each page to its neighbours in reading order', () => {
    const sorted = sortPages(pages);
    expect(prevNext(sorted, 0)).toEqual({ prev: undefined, next: pages[0] });
    expect(prevNext(sorted, 1)).toEqual({ prev: pages[1], next: pages[2] });
    expect(prevNext(sorted, 2)).toEqual({ prev: pages[0], next: undefined });
  });
  it('gives nothing for a page outside the section', () => {
    expect(prevNext(sortPages(pages), -1)).toEqual({});
    expect(prevNext(sortPages(pages), 3)).toEqual({});
  });
  it('breaks ties in order by title, and never loses or duplicates a page', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ href: fc.string(), title: fc.string(), order: fc.integer({ min: 0, max: 5 }) })),
        (list) => {
          const sorted = sortPages(list);
          expect(sorted).toHaveLength(list.length);
          for (let i = 1; i < sorted.length; i++) {
            const [a, b] = [sorted[i - 1]!, sorted[i]!];
            expect(a.order < b.order || (a.order === b.order && a.title.localeCompare(b.title) <= 0)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('breadcrumbs', () => {
  const titles: Record<string, string> = { '/careers/': 'Careers' };
  it('starts at home and includes only ancestors that have a page', () => {
    expect(breadcrumbs('/careers/faq/', 'FAQ', (h) => titles[h])).toEqual([
      { href: '/', label: 'Home' },
      { href: '/careers/', label: 'Careers' },
      { href: '/careers/faq/', label: 'FAQ' },
    ]);
    expect(breadcrumbs('/guides/product-vs-project/', 'Product vs project', (h) => titles[h])).toEqual([
      { href: '/', label: 'Home' },
      { href: '/guides/product-vs-project/', label: 'Product vs project' },
    ]);
  });
  it('is just home on the home page', () => {
    expect(breadcrumbs('/', 'Home', () => undefined)).toEqual([{ href: '/', label: 'Home' }]);
  });
});

describe('buildToc', () => {
  it('nests h3 under the h2 before it and drops deeper headings', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'A1x' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
  it('promotes an h3 that comes before any h2, so no heading is lost', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
  });
});

describe('sections', () => {
  it('puts each URL in the section the header marks as current', () => {
    expect(sectionForPath('/process-groups/planning/')?.id).toBe('process-groups');
    expect(sectionForPath('/knowledge-areas/')?.id).toBe('process-groups');
    expect(sectionForPath('/compare/')?.id).toBe('tools');
    expect(sectionForPath('/')).toBeUndefined();
    const careers = SECTIONS.find((s) => s.id === 'careers')!;
    expect(isCurrentSection(careers, '/careers/faq/')).toBe(true);
    expect(isCurrentSection(careers, '/guides/product-vs-project/')).toBe(false);
  });
});

describe('formatReviewed', () => {
  it('writes a review date as readers see it', () => {
    expect(formatReviewed(new Date('2026-11-22'))).toBe('November 22, 2026');
  });
});
