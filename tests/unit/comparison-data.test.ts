/** The comparison data is complete and cites real sources; the validators catch what breaks it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertKnownSources, citedSourceIds, countSentences, findDataProblems } from '../../src/lib/comparison';
import type { ComparisonData } from '../../src/lib/comparison';
import { comparisonSchema } from '../../src/schemas';

const raw = parse(readFileSync('src/content/comparison.yaml', 'utf8'));
const sourceIds = (parse(readFileSync('src/content/sources.yaml', 'utf8')) as { id: string }[]).map((s) => s.id);
const data = comparisonSchema.parse(raw);

function clone(): ComparisonData {
  return structuredClone(data);
}

describe('comparison.yaml', () => {
  it('passes the schema, with at least 5 roles and 14 dimensions', () => {
    expect(data.roles.length).toBeGreaterThanOrEqual(5);
    expect(data.dimensions.length).toBeGreaterThanOrEqual(14);
  });

  it('starts with product manager and project manager, the no-JS table', () => {
    expect(data.roles.slice(0, 2).map((r) => [r.id, r.field])).toEqual([
      ['product-manager', 'product'],
      ['project-manager', 'project'],
    ]);
  });

  it('has the roles and dimensions the issue asks for, in their themes', () => {
    expect(data.roles.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'product-manager',
        'project-manager',
        'program-manager',
        'product-owner',
        'scrum-master',
      ]),
    );
    const byTheme = Object.fromEntries(
      data.themes.map((t) => [t.id, data.dimensions.filter((d) => d.theme === t.id).map((d) => d.id)]),
    );
    expect(byTheme).toEqual({
      purpose: ['focus', 'question', 'time-horizon'],
      accountability: ['owns', 'success-metrics', 'main-risks'],
      work: ['key-artifacts', 'stakeholders', 'typical-week', 'tools'],
      career: ['entry-routes', 'skills', 'credentials', 'process-groups'],
    });
  });

  it('cites only sources that exist', () => {
    expect(() => assertKnownSources(data, sourceIds)).not.toThrow();
    expect(citedSourceIds(data).every((id) => sourceIds.includes(id))).toBe(true);
  });

  it('names the PMBOK edition wherever a cell gives a PMBOK count', () => {
    for (const d of data.dimensions) {
      for (const [role, cell] of Object.entries(d.cells)) {
        if (/\b(49|24|seven) processes|\b24 of them/.test(cell.text)) {
          expect(cell.text, `${d.id}/${role}`).toMatch(/6th edition/);
        }
      }
    }
  });

  it('has at least one row where product manager and product owner agree, so "differ" hides something', () => {
    const same = data.dimensions.filter(
      (d) => d.cells['product-manager']!.summary.toLowerCase() === d.cells['product-owner']!.summary.toLowerCase(),
    );
    expect(same.length).toBeGreaterThan(0);
  });
});

describe('findDataProblems', () => {
  it('finds nothing in the real data', () => {
    expect(findDataProblems(data)).toEqual([]);
  });

  it('reports a missing cell, naming the dimension and the role', () => {
    const broken = clone();
    delete broken.dimensions[2]!.cells['scrum-master'];
    expect(findDataProblems(broken)).toEqual([
      {
        path: ['dimensions', 2, 'cells', 'scrum-master'],
        message: 'dimension "time-horizon" has no cell for role "scrum-master"',
      },
    ]);
  });

  it('reports a cell for a role that does not exist', () => {
    const broken = clone();
    broken.dimensions[0]!.cells['delivery-lead'] = { ...broken.dimensions[0]!.cells['product-manager']! };
    expect(findDataProblems(broken).map((p) => p.path)).toEqual([['dimensions', 0, 'cells', 'delivery-lead']]);
  });

  it('reports an unknown theme, duplicate ids, and a cell of four sentences', () => {
    const broken = clone();
    broken.dimensions[1]!.theme = 'money';
    broken.roles.push({ ...broken.roles[0]! });
    broken.dimensions[0]!.cells['project-manager']!.text = 'One. Two. Three. Four.';
    const messages = findDataProblems(broken).map((p) => p.message);
    expect(messages).toContain('role "product-manager" is listed twice');
    expect(messages.some((m) => m.includes('theme "money"'))).toBe(true);
    expect(messages.some((m) => m.includes('has 4 sentences'))).toBe(true);
  });

  it('makes the schema fail with the path of the problem', () => {
    const broken = structuredClone(raw);
    delete broken.dimensions[5].cells['program-manager'];
    const result = comparisonSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['dimensions.5.cells.program-manager']);
  });
});

describe('assertKnownSources', () => {
  it('throws an error naming the role, the dimension and the bad id', () => {
    const broken = clone();
    broken.dimensions[3]!.cells['product-owner']!.sources = ['scrum-guide-2020', 'scrum-guide-2017'];
    expect(() => assertKnownSources(broken, sourceIds)).toThrow(
      'the cell for role "product-owner" in dimension "owns" cites "scrum-guide-2017"',
    );
  });
});

describe('countSentences', () => {
  it.each([
    ['Strategy first.', 1],
    ['Strategy first. Then the roadmap.', 2],
    ['Is it worth it? Yes! Build it.', 3],
    ["Scrum.org's PSM I needs no course.", 1],
    ['The PMP needs 35 hours (PMI, 2025). The CAPM needs 23 (PMI, 2025).', 2],
    ['Ongoing, in sprints of one month or less. The 15-minute daily Scrum is short.', 2],
    ['No final stop', 1],
    ['   ', 0],
  ])('%s -> %i', (text, count) => {
    expect(countSentences(text)).toBe(count);
  });
});
