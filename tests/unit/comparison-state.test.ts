/** Selection rules, URL state and filtering of the comparison table. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  MAX_QUERY,
  decodeSelection,
  defaultSelection,
  emptyMessage,
  encodeSelection,
  groupByTheme,
  isValidSelection,
  joinRoleNames,
  matchesQuery,
  normalizeQuery,
  rolesDiffer,
  selectedRoles,
  setDiff,
  setQuery,
  setRoleAt,
  setTheme,
  statusMessage,
  swapRoles,
  visibleDimensions,
  type Selection,
} from '../../src/lib/comparison';
import { createCompareModel } from '../../src/lib/comparison/model';
import { comparisonSchema } from '../../src/schemas';

const data = comparisonSchema.parse(parse(readFileSync('src/content/comparison.yaml', 'utf8')));
const roleIds = data.roles.map((r) => r.id);
const themeIds = data.themes.map((t) => t.id);
const total = data.dimensions.length;
const base = defaultSelection(data);

/** Any valid selection: two or three different roles in any order, any theme, any tidy query. */
const arbSelection: fc.Arbitrary<Selection> = fc.record({
  roles: fc.shuffledSubarray(roleIds, { minLength: 2, maxLength: 3 }),
  theme: fc.option(fc.constantFrom(...themeIds), { nil: null }),
  query: fc.string({ unit: 'grapheme', maxLength: 100 }).map(normalizeQuery),
  diff: fc.boolean(),
});

describe('decodeSelection', () => {
  it('gives the default for an empty query string', () => {
    expect(decodeSelection(data, '')).toEqual({ selection: base, notices: [] });
    expect(decodeSelection(data, '?')).toEqual({ selection: base, notices: [] });
  });

  it('reads every part of a full link', () => {
    const { selection, notices } = decodeSelection(
      data,
      '?roles=product-manager,program-manager,scrum-master&theme=career&q=  the  PMP &diff=1',
    );
    expect(notices).toEqual([]);
    expect(selection).toEqual({
      roles: ['product-manager', 'program-manager', 'scrum-master'],
      theme: 'career',
      query: 'the PMP',
      diff: true,
    });
  });

  it('accepts encoded commas, upper case and spaces between roles', () => {
    expect(decodeSelection(data, 'roles=Scrum-Master%2C+product-owner').selection.roles).toEqual([
      'scrum-master',
      'product-owner',
    ]);
  });

  it('drops an unknown role with a notice, and fills up to two roles', () => {
    const { selection, notices } = decodeSelection(data, '?roles=product-manager,chief-wizard');
    expect(selection.roles).toEqual(['product-manager', 'project-manager']);
    expect(notices.map((n) => n.kind)).toEqual(['unknown-role', 'too-few-roles']);
    expect(notices[0]!.message).toContain('“chief-wizard”');
    expect(notices[1]!.message).toContain('project manager was added');
  });

  it('keeps the first three roles of four, naming the one left out', () => {
    const { selection, notices } = decodeSelection(
      data,
      '?roles=scrum-master,product-owner,program-manager,product-manager',
    );
    expect(selection.roles).toEqual(['scrum-master', 'product-owner', 'program-manager']);
    expect(notices).toEqual([
      { kind: 'too-many-roles', message: expect.stringContaining('product manager was left out') },
    ]);
  });

  it('ignores duplicates quietly', () => {
    expect(decodeSelection(data, '?roles=scrum-master,scrum-master,product-owner')).toEqual({
      selection: { ...base, roles: ['scrum-master', 'product-owner'] },
      notices: [],
    });
  });

  it('ignores an unknown theme with a notice and shows every theme', () => {
    const { selection, notices } = decodeSelection(data, '?theme=salary');
    expect(selection.theme).toBeNull();
    expect(notices.map((n) => n.kind)).toEqual(['unknown-theme']);
    expect(decodeSelection(data, '?theme=all')).toEqual({ selection: base, notices: [] });
  });

  it('reads diff words and reports a value it cannot read', () => {
    expect(decodeSelection(data, '?diff=true').selection.diff).toBe(true);
    expect(decodeSelection(data, '?diff=0').selection.diff).toBe(false);
    const odd = decodeSelection(data, '?diff=maybe');
    expect(odd.selection.diff).toBe(false);
    expect(odd.notices.map((n) => n.kind)).toEqual(['bad-diff']);
  });

  it('cuts a long text filter, with a notice', () => {
    const { selection, notices } = decodeSelection(data, `?q=${'a'.repeat(200)}`);
    expect(selection.query).toHaveLength(MAX_QUERY);
    expect(notices.map((n) => n.kind)).toEqual(['long-query']);
  });

  it('survives malformed percent-encoding and markup', () => {
    const { selection } = decodeSelection(data, '?roles=%E0%A4%A&q=%&theme=<script>&diff=%FF');
    expect(isValidSelection(data, selection)).toBe(true);
  });

  it('never throws, and always yields a valid selection, whatever the string (property)', () => {
    const urlish = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc
        .array(
          fc.tuple(
            fc.constantFrom('roles', 'theme', 'q', 'diff', 'x', ''),
            fc.oneof(fc.constantFrom(...roleIds, ...themeIds, '1', ',', '%', '%2C'), fc.string()),
          ),
        )
        .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
    );
    fc.assert(
      fc.property(urlish, (search) => {
        const { selection, notices } = decodeSelection(data, search);
        expect(isValidSelection(data, selection)).toBe(true);
        for (const notice of notices) expect(notice.message.length).toBeLessThan(400);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('encodeSelection', () => {
  it('writes roles always, and the rest only when set', () => {
    expect(encodeSelection(base)).toBe('?roles=product-manager,project-manager');
    expect(
      encodeSelection({ roles: ['scrum-master', 'product-owner'], theme: 'work', query: 'sprint review', diff: true }),
    ).toBe('?roles=scrum-master,product-owner&theme=work&q=sprint%20review&diff=1');
  });

  it('round-trips every valid selection, with no notice (property)', () => {
    fc.assert(
      fc.property(arbSelection, (selection) => {
        expect(decodeSelection(data, encodeSelection(selection))).toEqual({ selection, notices: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('is a fixed point after one decode, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const once = decodeSelection(data, search).selection;
        expect(decodeSelection(data, encodeSelection(once)).selection).toEqual(once);
      }),
    );
  });
});

describe('normalizeQuery', () => {
  it('tidies spaces and control characters and is idempotent (property)', () => {
    expect(normalizeQuery('  risk\n\tregister  ')).toBe('risk register');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const once = normalizeQuery(raw);
        expect(normalizeQuery(once)).toBe(once);
        expect(Array.from(once).length).toBeLessThanOrEqual(MAX_QUERY);
        expect(() => encodeURIComponent(once)).not.toThrow();
      }),
    );
  });
});

describe('changing the selection', () => {
  it('swaps two columns, and ignores positions that do not exist', () => {
    const three = { ...base, roles: ['product-manager', 'project-manager', 'scrum-master'] };
    expect(swapRoles(base, 0, 1).roles).toEqual(['project-manager', 'product-manager']);
    expect(swapRoles(three, 1, 2).roles).toEqual(['product-manager', 'scrum-master', 'project-manager']);
    expect(swapRoles(base, 0, 2)).toBe(base);
  });

  it('swapping twice gives the selection back, and keeps it valid (property)', () => {
    fc.assert(
      fc.property(arbSelection, fc.nat(3), fc.nat(3), (selection, i, j) => {
        const once = swapRoles(selection, i, j);
        expect(isValidSelection(data, once)).toBe(true);
        expect(swapRoles(once, i, j)).toEqual(selection);
      }),
    );
  });

  it('choosing a role already shown swaps the two columns', () => {
    expect(setRoleAt(data, base, 0, 'project-manager').roles).toEqual(['project-manager', 'product-manager']);
    expect(setRoleAt(data, base, 1, 'scrum-master').roles).toEqual(['product-manager', 'scrum-master']);
  });

  it('adds a third column, never a fourth, and removes down to two', () => {
    const three = setRoleAt(data, base, 2, 'program-manager');
    expect(three.roles).toEqual(['product-manager', 'project-manager', 'program-manager']);
    expect(setRoleAt(data, three, 3, 'scrum-master')).toBe(three);
    expect(setRoleAt(data, base, 2, 'product-manager')).toBe(base);
    expect(setRoleAt(data, three, 2, null).roles).toEqual(base.roles);
    expect(setRoleAt(data, base, 1, null)).toBe(base);
    expect(setRoleAt(data, base, 0, 'nobody')).toBe(base);
  });

  it('any sequence of changes keeps the selection valid (property)', () => {
    const change = fc.oneof(
      fc.tuple(fc.integer({ min: -1, max: 4 }), fc.option(fc.constantFrom(...roleIds, 'nobody'), { nil: null })).map(
        ([i, id]) =>
          (s: Selection) =>
            setRoleAt(data, s, i, id),
      ),
      fc.tuple(fc.integer({ min: -1, max: 3 }), fc.integer({ min: -1, max: 3 })).map(
        ([i, j]) =>
          (s: Selection) =>
            swapRoles(s, i, j),
      ),
      fc.option(fc.constantFrom(...themeIds, 'nope'), { nil: null }).map((t) => (s: Selection) => setTheme(data, s, t)),
      fc.string().map((q) => (s: Selection) => setQuery(s, q)),
      fc.boolean().map((d) => (s: Selection) => setDiff(s, d)),
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 20 }), (changes) => {
        const end = changes.reduce((s, f) => f(s), base);
        expect(isValidSelection(data, end)).toBe(true);
      }),
    );
  });
});

describe('filtering', () => {
  it('shows every dimension by default', () => {
    expect(visibleDimensions(data, base)).toHaveLength(total);
    expect(statusMessage(total, total)).toBe(`Showing ${total} of ${total} dimensions`);
  });

  it('filters by theme', () => {
    const career = visibleDimensions(data, { ...base, theme: 'career' });
    expect(career.map((d) => d.id)).toEqual(['entry-routes', 'skills', 'credentials', 'process-groups']);
    expect(groupByTheme(data, career).map((g) => g.theme.id)).toEqual(['career']);
  });

  it('filters by text, in labels, questions and the cells of the chosen roles only', () => {
    const pmp = visibleDimensions(data, { ...base, query: 'pmp' }).map((d) => d.id);
    expect(pmp).toContain('credentials');
    expect(pmp).not.toContain('focus');
    // "retrospective" appears only in the Scrum roles' cells, so it finds nothing for product vs project.
    expect(visibleDimensions(data, { ...base, query: 'retrospective' })).toHaveLength(0);
    expect(
      visibleDimensions(data, { ...base, roles: ['scrum-master', 'product-owner'], query: 'retrospective' }).length,
    ).toBeGreaterThan(0);
  });

  it('matches every word, ignoring case and accents', () => {
    const d = data.dimensions.find((x) => x.id === 'time-horizon')!;
    expect(matchesQuery(data, d, base.roles, 'HORIZON')).toBe(true);
    expect(matchesQuery(data, d, base.roles, 'tímé horizon')).toBe(true);
    expect(matchesQuery(data, d, base.roles, 'horizon banana')).toBe(false);
  });

  it('"only where they differ" hides rows where the chosen roles give the same answer', () => {
    const pair = ['product-manager', 'product-owner'];
    const timeHorizon = data.dimensions.find((d) => d.id === 'time-horizon')!;
    expect(rolesDiffer(timeHorizon, pair)).toBe(false);
    expect(rolesDiffer(timeHorizon, base.roles)).toBe(true);
    const shown = visibleDimensions(data, { ...base, roles: pair, diff: true });
    expect(shown.map((d) => d.id)).not.toContain('time-horizon');
    expect(shown.length).toBeLessThan(total);
    // Product and project management differ everywhere: that is the point of the site.
    expect(visibleDimensions(data, { ...base, diff: true })).toHaveLength(total);
  });

  it('each filter only ever removes rows (property)', () => {
    fc.assert(
      fc.property(arbSelection, (selection) => {
        const shown = visibleDimensions(data, selection);
        const loose = visibleDimensions(data, { ...selection, diff: false, theme: null });
        expect(shown.every((d) => loose.includes(d))).toBe(true);
        expect(shown.every((d) => selection.theme === null || d.theme === selection.theme)).toBe(true);
      }),
    );
  });

  it('explains an empty table by the filters that emptied it', () => {
    expect(emptyMessage(data, { ...base, query: 'zebra', theme: 'work' })).toBe(
      'No dimension matches the text “zebra”, the theme Day-to-day work. Change a filter or reset the table to see every row.',
    );
  });

  it('names the chosen roles for a caption, keeping Scrum capitalized', () => {
    expect(
      joinRoleNames(selectedRoles(data, { ...base, roles: ['product-owner', 'project-manager', 'scrum-master'] })),
    ).toBe('Product owner, project manager and Scrum master');
  });
});

describe('createCompareModel', () => {
  it('loads a link, updates the count and the URL as the reader changes things', () => {
    const model = createCompareModel(data);
    model.load('?roles=product-manager,scrum-master&theme=purpose&diff=banana');
    expect(model.notices.value.map((n) => n.kind)).toEqual(['bad-diff']);
    expect(model.status.value).toBe(`Showing 3 of ${total} dimensions`);
    model.swap(0, 1);
    expect(model.search.value).toBe('?roles=scrum-master,product-manager&theme=purpose');
    model.setTheme(null);
    model.setQuery('  sprint ');
    expect(model.search.value).toBe('?roles=scrum-master,product-manager&q=sprint');
    expect(model.visible.value.length).toBeGreaterThan(0);
    model.reset();
    expect(model.selection.value).toEqual(base);
    expect(model.notices.value).toEqual([]);
  });
});

describe('unreadable text filters', () => {
  it('drops a filter with broken percent-encoding, with a notice', () => {
    const { selection, notices } = decodeSelection(data, '?q=%E0%A4%A');
    expect(selection.query).toBe('');
    expect(notices.map((n) => n.kind)).toEqual(['bad-query']);
  });
  it('never keeps a replacement character, so a typed one round-trips', () => {
    const typed = setQuery(base, 'risk \uFFFD register \uD800');
    expect(typed.query).toBe('risk register');
    expect(decodeSelection(data, encodeSelection(typed))).toEqual({ selection: typed, notices: [] });
  });
});
