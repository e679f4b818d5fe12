import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SECTIONS,
  SIDEBAR_CAP,
  allPagesLabel,
  currentLinkIndex,
  isCurrentLink,
  sidebarWindow,
  type Section,
  type SectionLink,
} from '../../src/lib/site/sections';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const section = (id: string) => SECTIONS.find((s) => s.id === id) as Section;

describe('sidebarWindow', () => {
  it('lists a section of up to the cap whole, in order, with no gap', () => {
    for (const count of [0, 1, 5, SIDEBAR_CAP]) {
      const entries = sidebarWindow(range(count), Math.min(2, count - 1));
      expect(entries.map((e) => e.link)).toEqual(range(count));
      expect(entries.some((e) => e.gapBefore)).toBe(false);
    }
  });

  it('shows the first, the last and the pages around the current one of a long section', () => {
    const entries = sidebarWindow(range(100), 50, 10);
    expect(entries.map((e) => e.index)).toEqual([0, 47, 48, 49, 50, 51, 52, 53, 54, 99]);
    expect(entries.filter((e) => e.gapBefore).map((e) => e.index)).toEqual([47, 99]);
  });

  it('fills the window from the start or the end near either end', () => {
    expect(sidebarWindow(range(100), 0, 6).map((e) => e.index)).toEqual([0, 1, 2, 3, 4, 99]);
    expect(sidebarWindow(range(100), 2, 6).map((e) => e.index)).toEqual([0, 1, 2, 3, 4, 99]);
    expect(sidebarWindow(range(100), 99, 6).map((e) => e.index)).toEqual([0, 95, 96, 97, 98, 99]);
    // A page that is none of the section's (-1): the start of the section.
    expect(sidebarWindow(range(100), -1, 6).map((e) => e.index)).toEqual([0, 1, 2, 3, 4, 99]);
  });

  it('always holds the current page, never more than the cap, in reading order, ends included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 60 }), fc.integer({ min: 1, max: 3000 }), fc.nat(), (cap, count, seed) => {
        const current = seed % count;
        const entries = sidebarWindow(range(count), current, cap);
        const indices = entries.map((e) => e.index);
        expect(entries.length).toBe(Math.min(count, cap));
        expect(indices).toContain(current);
        expect(indices[0]).toBe(0);
        expect(indices.at(-1)).toBe(count - 1);
        entries.forEach((entry, i) => {
          expect(entry.link).toBe(entry.index);
          if (i === 0) return;
          const before = indices[i - 1] as number;
          expect(entry.index).toBeGreaterThan(before);
          expect(entry.gapBefore).toBe(entry.index > before + 1);
        });
        // The window is one run around the current page: at most two gaps (after the first, before the last).
        expect(entries.filter((e) => e.gapBefore).length).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('refuses a cap too small to hold the first, current and last page', () => {
    expect(() => sidebarWindow(range(10), 5, 2)).toThrow(RangeError);
  });
});

describe('currentLinkIndex', () => {
  const indexOf = (links: readonly SectionLink[], path: string, s: Section) =>
    currentLinkIndex(links, new Map(links.map((l, i) => [l.href, i])), path, s);

  it('finds the page by its path', () => {
    const links = [
      { href: '/guides/', label: 'Guides' },
      { href: '/guides/a/', label: 'A' },
    ];
    expect(indexOf(links, '/guides/a/', section('guides'))).toBe(1);
    expect(indexOf(links, '/guides/b/', section('guides'))).toBe(-1);
  });

  it("marks a tool's sub-page as the tool, as the header's menu does", () => {
    const tools = section('tools');
    expect(indexOf(tools.links, '/quiz/method/', tools)).toBe(1);
    expect(indexOf(tools.links, '/simulator/', tools)).toBe(2);
  });

  it('agrees with isCurrentLink on every page of every section', () => {
    const paths = SECTIONS.flatMap((s) => s.links.map((l) => l.href)).concat([
      '/quiz/method/',
      '/quiz/worksheet/',
      '/guides/x/',
    ]);
    for (const s of SECTIONS) {
      for (const path of paths) {
        const expected = s.links.findIndex((l) => isCurrentLink(l.href, path, s));
        expect(indexOf(s.links, path, s), `${s.id} ${path}`).toBe(expected);
      }
    }
  });
});

describe('allPagesLabel', () => {
  it("names the section's pages, with the count as readers write it", () => {
    expect(allPagesLabel(section('guides'), 2004)).toBe('All 2,004 guides');
    expect(allPagesLabel(section('careers'), 45)).toBe('All 45 pages');
  });
});
