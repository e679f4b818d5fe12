/** quiz.yaml passes its schema and points at real sources and pages; the schema rejects what would break the quiz. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findNegation, MIN_ITEMS_PER_DIMENSION, type Quiz } from '../../src/lib/quiz';
import { quizSchema } from '../../src/schemas/quiz';

const raw = parse(readFileSync('src/content/quiz.yaml', 'utf8')) as Quiz;
const quiz: Quiz = quizSchema.parse(raw);
const sourceIds = (parse(readFileSync('src/content/sources.yaml', 'utf8')) as { id: string }[]).map((s) => s.id);
const roleIds = (parse(readFileSync('src/content/comparison.yaml', 'utf8')) as { roles: { id: string }[] }).roles.map(
  (r) => r.id,
);

/** A fresh copy of the real file to break. */
function broken(edit: (q: Quiz) => void): unknown {
  const copy = structuredClone(raw);
  edit(copy);
  return copy;
}

function messages(input: unknown): string[] {
  const result = quizSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

function item(q: Quiz, id: string) {
  const found = q.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe('quiz.yaml', () => {
  it('passes the schema with 24 to 30 items, 3 or 4 dimensions and 3 or 4 tie-break pairs', () => {
    expect(messages(raw)).toEqual([]);
    expect(quiz.items.length).toBeGreaterThanOrEqual(24);
    expect(quiz.items.length).toBeLessThanOrEqual(30);
    expect([3, 4]).toContain(quiz.dimensions.length);
    expect([3, 4]).toContain(quiz.tiebreaks.pairs.length);
    expect(quiz.scale).toHaveLength(5);
  });

  it('numbers its items q01, q02 ... in order, so "question 7" is q07 everywhere', () => {
    expect(quiz.items.map((i) => i.id)).toEqual(quiz.items.map((_, n) => `q${String(n + 1).padStart(2, '0')}`));
  });

  it('gives every dimension at least 6 items, with at least 3 at each end', () => {
    for (const dimension of quiz.dimensions) {
      const items = quiz.items.filter((i) => i.dimension === dimension.id);
      expect(items.length, dimension.id).toBeGreaterThanOrEqual(MIN_ITEMS_PER_DIMENSION);
      for (const end of ['product', 'project']) {
        expect(items.filter((i) => i.end === end).length, `${dimension.id} ${end}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('balances the two ends over the whole quiz', () => {
    const product = quiz.items.filter((i) => i.end === 'product').length;
    expect(Math.abs(product * 2 - quiz.items.length)).toBeLessThanOrEqual(2);
  });

  it('cites only sources that exist', () => {
    const cited = [
      ...quiz.items.flatMap((i) => i.sources ?? []),
      ...Object.values(quiz.outcomes).flatMap((o) => o.sources),
    ];
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.filter((id) => !sourceIds.includes(id))).toEqual([]);
  });

  it('links every role to a page that exists, and compares only roles the table has', () => {
    for (const [id, outcome] of Object.entries(quiz.outcomes)) {
      for (const { href } of outcome.roles) {
        const url = new URL(href, 'https://example.org');
        if (url.pathname === '/compare/') {
          const roles = (url.searchParams.get('roles') ?? '').split(',');
          expect(roles.length, href).toBeGreaterThanOrEqual(2);
          expect(
            roles.filter((r) => !roleIds.includes(r)),
            href,
          ).toEqual([]);
          continue;
        }
        const [, section, page] = /^\/(guides|careers)\/([a-z-]*)\/?$/.exec(url.pathname) ?? [];
        expect(section, `${id}: ${href}`).toBeDefined();
        const file = `src/content/${section}/${page || 'index'}.mdx`;
        expect(existsSync(file), `${id}: ${href}`).toBe(true);
        if (url.hash) {
          const headings = readFileSync(file, 'utf8')
            .split('\n')
            .filter((line) => line.startsWith('## '))
            .map((line) => `#${line.slice(3).trim().toLowerCase().replaceAll(' ', '-')}`);
          expect(headings, `${id}: ${href}`).toContain(url.hash);
        }
      }
    }
  });

  it('offers product owner, program manager and technical program manager for a hybrid result', () => {
    const hrefs = quiz.outcomes.hybrid.roles.map((r) => r.href);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/careers/hybrid-roles/#product-owner',
        '/careers/hybrid-roles/#program-manager',
        '/careers/hybrid-roles/#technical-program-manager',
      ]),
    );
  });

  it('words every item positively and keeps items short', () => {
    for (const i of quiz.items) {
      expect(findNegation(i.text), i.id).toBeUndefined();
      expect(i.text.split(/\s+/).length, i.id).toBeLessThanOrEqual(20);
    }
  });
});

describe('findNegation', () => {
  it('finds the words that make an item a negation', () => {
    expect(findNegation('I do not like planning.')).toBe('not');
    expect(findNegation("Planning when you don't know the goal.")).toBe("don't");
    expect(findNegation('Planning when you don’t know the goal.')).toBe('don’t');
    expect(findNegation('Never missing a deadline.')).toBe('Never');
    expect(findNegation('Things I dislike about planning.')).toBe('dislike');
  });
  it('leaves positive wording alone, including words that merely contain "no"', () => {
    expect(findNegation('Knowing the plan and noting each step.')).toBeUndefined();
    expect(findNegation('Spotting what other shops miss.')).toBeUndefined();
  });
});

describe('quizSchema rejects', () => {
  it('a dimension with fewer than 6 items, naming the dimension and its items', () => {
    const found = messages(
      broken((q) => {
        item(q, 'q01').dimension = 'structure';
        item(q, 'q09').dimension = 'structure';
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/Dimension "focus" has 5 items \(q05, q13, q17, q21, q25\)/);
  });

  it('an item naming an unknown dimension', () => {
    const found = messages(broken((q) => (item(q, 'q07').dimension = 'budget')));
    expect(found).toContainEqual(expect.stringMatching(/^Item q07: dimension "budget" is not defined/));
  });

  it('a duplicate item id', () => {
    const found = messages(broken((q) => (item(q, 'q12').id = 'q11')));
    expect(found).toEqual([expect.stringMatching(/^Item q11: the id is used by more than one item/)]);
  });

  it('a duplicate dimension id and a duplicate tie-break id', () => {
    const found = messages(
      broken((q) => {
        q.dimensions[1]!.id = 'focus';
        q.tiebreaks.pairs[1]!.id = 't1';
      }),
    );
    expect(found).toContainEqual(expect.stringMatching(/Dimension "focus" is defined twice/));
    expect(found).toContainEqual(expect.stringMatching(/Tie-break pair t1: the id is used by more than one pair/));
  });

  it('a missing scale label, and an empty one', () => {
    expect(messages(broken((q) => q.scale.pop()))).toEqual([
      'the scale needs exactly 5 labels, one for each point from 1 to 5',
    ]);
    const result = quizSchema.safeParse(broken((q) => (q.scale[2] = ' ')));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['scale.2', 'every point of the scale needs a label'],
    ]);
  });

  it('an item worded as a negation, naming the item and the word', () => {
    const found = messages(broken((q) => (item(q, 'q18').text = 'Working on a team where plans never change.')));
    expect(found).toEqual([expect.stringMatching(/^Item q18: "never" makes it a negation/)]);
  });

  it('a dimension whose items feed only one end, naming the items', () => {
    const found = messages(
      broken((q) => {
        for (const i of q.items) if (i.dimension === 'people') i.end = 'project';
      }),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^Items q04, q08, q12, q16, q20, q24, q28 feed the project end of dimension "people", which has no item at its product end/,
      ),
    ]);
  });

  it('a dimension with two ends of the same kind', () => {
    const found = messages(broken((q) => (q.dimensions[0]!.ends[1]!.id = 'product')));
    expect(found).toContainEqual(expect.stringMatching(/Dimension "focus" needs one product end and one project end/));
  });

  it('a misspelt field, an unknown end and a role link off the site', () => {
    const paths = (input: unknown) => quizSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths(broken((q) => Object.assign(item(q, 'q01'), { dimenson: 'focus' })))).toEqual(['items.0']);
    expect(paths(broken((q) => Object.assign(item(q, 'q02'), { end: 'program' })))).toEqual(['items.1.end']);
    expect(paths(broken((q) => (q.outcomes.hybrid.roles[0]!.href = 'https://example.org/')))).toEqual([
      'outcomes.hybrid.roles.0.href',
    ]);
  });
});
