/** Scoring the quiz: scores, bands, the outcome rule, "why", the answer checks and the result's words. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  answerFlags,
  cronbachAlpha,
  dimensionAlpha,
  expectedAlpha,
  outcomeText,
  scoreQuiz,
  tCritical,
  type Answers,
  type End,
  type Likert,
  type Quiz,
  type Tiebreaks,
} from '../../src/lib/quiz';
import { quizSchema } from '../../src/schemas/quiz';

const quiz: Quiz = quizSchema.parse(parse(readFileSync('src/content/quiz.yaml', 'utf8')));
const itemIds = quiz.items.map((i) => i.id);
const pairIds = quiz.tiebreaks.pairs.map((p) => p.id);
const LIKERT: Likert[] = [1, 2, 3, 4, 5];

const everywhere = (value: Likert): Answers => Object.fromEntries(itemIds.map((id) => [id, value]));
/** Strongly enjoys every item at `end`, strongly dislikes the rest. */
const allFor = (end: End): Answers => Object.fromEntries(quiz.items.map((i) => [i.id, i.end === end ? 5 : 1]));

const arbLikert = fc.constantFrom(...LIKERT);
const arbComplete: fc.Arbitrary<Answers> = fc
  .tuple(...itemIds.map(() => arbLikert))
  .map((values) => Object.fromEntries(itemIds.map((id, n) => [id, values[n]])));
const arbPartial: fc.Arbitrary<Answers> = fc
  .tuple(...itemIds.map(() => fc.option(arbLikert, { nil: undefined })))
  .map((values) => Object.fromEntries(itemIds.flatMap((id, n) => (values[n] === undefined ? [] : [[id, values[n]]]))));
const arbTiebreaks: fc.Arbitrary<Tiebreaks> = fc
  .tuple(...pairIds.map(() => fc.option(fc.constantFrom<End>('product', 'project'), { nil: undefined })))
  .map((values) => Object.fromEntries(pairIds.flatMap((id, n) => (values[n] === undefined ? [] : [[id, values[n]]]))));

const inRange = (x: number) => x >= -1 && x <= 1;

describe('the answers the issue names', () => {
  it.each(LIKERT)('the same option (%i) everywhere lands on "close call" at exactly the middle', (value) => {
    const result = scoreQuiz(quiz, everywhere(value));
    expect(result.outcome).toBe('close-call');
    expect(result.position).toBe(0);
    expect(result.band).toEqual({ low: 0, high: 0 });
    for (const d of result.dimensions) expect(d.score).toBe(0);
    expect(result.flags.straightLined).toBe(true);
    expect(result.flags.flatProfile).toBe(value === 1 || value === 5);
  });

  it('strongly enjoying every product item and no project item leans product at -1', () => {
    const result = scoreQuiz(quiz, allFor('product'));
    expect(result.outcome).toBe('leans-product');
    expect(result.position).toBe(-1);
    expect(result.band).toEqual({ low: -1, high: -1 });
    expect(result.flags).toEqual({ flatProfile: false, straightLined: false, unanswered: 0 });
  });

  it('strongly enjoying every project item and no product item leans project at +1', () => {
    const result = scoreQuiz(quiz, allFor('project'));
    expect(result.outcome).toBe('leans-project');
    expect(result.position).toBe(1);
    expect(result.band).toEqual({ low: 1, high: 1 });
  });

  it('enjoying both ends strongly, with real differences between items, is a hybrid', () => {
    const answers = Object.fromEntries(quiz.items.map((i, n) => [i.id, (n % 3 === 0 ? 4 : 5) as Likert]));
    const result = scoreQuiz(quiz, answers);
    expect(result.flags.straightLined).toBe(false);
    expect(result.strongOnBoth).toBe(4);
    expect(result.outcome).toBe('hybrid');
  });

  it('agreeing with nearly everything is straight-lined, and never a hybrid', () => {
    const answers = { ...everywhere(5), q01: 4, q02: 4 } satisfies Answers;
    const result = scoreQuiz(quiz, answers);
    expect(result.flags.straightLined).toBe(true);
    expect(result.flags.flatProfile).toBe(false);
    expect(result.outcome).not.toBe('hybrid');
  });
});

describe('one dimension by hand', () => {
  // focus: product end q01 q09 q17 q21, project end q05 q13 q25.
  const answers: Answers = { q01: 5, q09: 4, q17: 5, q21: 4, q05: 2, q13: 1, q25: 2 };
  const focus = scoreQuiz(quiz, answers).dimensions.find((d) => d.dimension === 'focus')!;
  it('scores half the difference of the ends\u2019 mean distances from the midpoint', () => {
    // product: (1 + .5 + 1 + .5) / 4 = .75; project: (-.5 - 1 - .5) / 3 = -2/3; (-2/3 - .75) / 2.
    expect(focus.score).toBeCloseTo(-17 / 24, 12);
    expect(focus.endMeans).toEqual({ product: 4.5, project: 5 / 3 });
  });
  it('gives a band of score +- t(k - 2) * pooled SE', () => {
    // SS product = 4 * .25^2 = .25; SS project = 1/6; pooled variance over 5 df; SE = sqrt(v * (1/3 + 1/4)) / 2.
    const se = Math.sqrt(((0.25 + 1 / 6) / 5) * (1 / 3 + 1 / 4)) / 2;
    expect(focus.degreesOfFreedom).toBe(5);
    expect(focus.standardError).toBeCloseTo(se, 12);
    expect(focus.band!.low).toBeCloseTo(-17 / 24 - 2.015 * se, 12);
    expect(focus.band!.high).toBeCloseTo(-17 / 24 + 2.015 * se, 12);
  });
  it('names the answers that moved it most, strongest first', () => {
    expect(focus.movers.map((m) => [m.itemId, m.effect])).toEqual([
      ['q13', -1 / 6],
      ['q01', -1 / 8],
      ['q17', -1 / 8],
    ]);
  });
  it('has no overall result while other dimensions are unanswered', () => {
    const result = scoreQuiz(quiz, answers);
    expect(result.dimensions.filter((d) => d.score === null)).toHaveLength(3);
    expect([result.position, result.band, result.outcome, outcomeText(quiz, result)]).toEqual([null, null, null, null]);
  });
  it('needs an answer at each end to score a dimension', () => {
    const result = scoreQuiz(quiz, { q01: 5, q09: 4, q17: 5, q21: 4 });
    expect(result.dimensions[0]!.score).toBeNull();
  });
});

describe('properties', () => {
  it('keeps scores and bands within -1 .. +1, each score inside its band', () => {
    fc.assert(
      fc.property(arbPartial, arbTiebreaks, (answers, tiebreaks) => {
        const result = scoreQuiz(quiz, answers, tiebreaks);
        for (const d of result.dimensions) {
          if (d.score === null) continue;
          expect(inRange(d.score)).toBe(true);
          expect(inRange(d.band!.low) && inRange(d.band!.high)).toBe(true);
          expect(d.band!.low).toBeLessThanOrEqual(d.score);
          expect(d.band!.high).toBeGreaterThanOrEqual(d.score);
        }
        if (result.position !== null) {
          expect(inRange(result.position)).toBe(true);
          expect(result.band!.low).toBeLessThanOrEqual(result.position);
          expect(result.band!.high).toBeGreaterThanOrEqual(result.position);
        }
      }),
    );
  });

  it('never moves a dimension or the position away from the end an answer is moved toward', () => {
    fc.assert(
      fc.property(arbComplete, fc.constantFrom(...itemIds), arbLikert, arbLikert, (answers, id, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const item = quiz.items.find((i) => i.id === id)!;
        // "Toward the item's end" is a higher answer: more enjoyment of that end's item.
        const before = scoreQuiz(quiz, { ...answers, [id]: low });
        const after = scoreQuiz(quiz, { ...answers, [id]: high });
        const sign = item.end === 'project' ? 1 : -1;
        const dim = (r: typeof before) => r.dimensions.find((d) => d.dimension === item.dimension)!.score!;
        expect(sign * (dim(after) - dim(before))).toBeGreaterThanOrEqual(0);
        expect(sign * (after.position! - before.position!)).toBeGreaterThanOrEqual(0);
        if (high > low) expect(sign * (after.position! - before.position!)).toBeGreaterThan(0);
      }),
    );
  });

  it('lets tie-breaks change only the wording of a close call', () => {
    fc.assert(
      fc.property(arbComplete, arbTiebreaks, (answers, tiebreaks) => {
        const plain = scoreQuiz(quiz, answers);
        const tipped = scoreQuiz(quiz, answers, tiebreaks);
        expect([tipped.position, tipped.band, tipped.outcome]).toEqual([plain.position, plain.band, plain.outcome]);
        if (tipped.outcome !== 'close-call') expect(tipped.tilt).toBeNull();
        const text = outcomeText(quiz, tipped)!;
        expect(text.headline).toBe(tipped.tilt ? quiz.tiebreaks.tilt[tipped.tilt] : text.name);
      }),
    );
  });

  it('calls a result a lean only when its band lies wholly on that side', () => {
    fc.assert(
      fc.property(arbPartial, (answers) => {
        const result = scoreQuiz(quiz, answers);
        if (result.outcome === 'leans-product') expect(result.band!.high).toBeLessThan(0);
        if (result.outcome === 'leans-project') expect(result.band!.low).toBeGreaterThan(0);
        if (result.outcome === 'close-call') {
          expect(result.band!.low).toBeLessThanOrEqual(0);
          expect(result.band!.high).toBeGreaterThanOrEqual(0);
        }
        if (result.outcome === 'hybrid') expect(result.flags.straightLined).toBe(false);
      }),
    );
  });

  it('names at most three movers per dimension, each worth exactly its effect on the score', () => {
    fc.assert(
      fc.property(arbComplete, (answers) => {
        const result = scoreQuiz(quiz, answers);
        for (const d of result.dimensions) {
          expect(d.movers.length).toBeLessThanOrEqual(3);
          const sizes = d.movers.map((m) => Math.abs(m.effect));
          expect([...sizes].sort((x, y) => y - x)).toEqual(sizes);
          for (const mover of d.movers) {
            // Setting the answer back to the midpoint takes exactly its effect off the score.
            const neutral = scoreQuiz(quiz, { ...answers, [mover.itemId]: 3 });
            const score = neutral.dimensions.find((n) => n.dimension === d.dimension)!.score!;
            expect(d.score! - score).toBeCloseTo(mover.effect, 12);
            expect(Math.sign(mover.effect)).toBe((mover.end === 'project' ? 1 : -1) * Math.sign(mover.answer - 3));
          }
        }
      }),
    );
  });

  it('counts unanswered items', () => {
    fc.assert(
      fc.property(arbPartial, (answers) => {
        expect(answerFlags(quiz, answers).unanswered).toBe(itemIds.filter((id) => answers[id] === undefined).length);
      }),
    );
  });
});

describe('answer checks', () => {
  it('counts 26 of 28 answers on one option as straight-lined, and 25 as not', () => {
    const mixed = (others: number): Answers =>
      Object.fromEntries(itemIds.map((id, n) => [id, (n < others ? 1 : 4) as Likert]));
    expect(answerFlags(quiz, mixed(2)).straightLined).toBe(true);
    expect(answerFlags(quiz, mixed(3)).straightLined).toBe(false);
  });
  it('does not flag a handful of answers', () => {
    expect(answerFlags(quiz, { q01: 5, q02: 5, q03: 5 })).toEqual({
      flatProfile: false,
      straightLined: false,
      unanswered: 25,
    });
  });
  it('puts the flat-profile check, or the straight-lining one, and the blanks into the result\u2019s words', () => {
    const flat = outcomeText(quiz, scoreQuiz(quiz, everywhere(5)))!;
    expect(flat.checks).toEqual([quiz.checks.flatProfile]);
    const same = outcomeText(quiz, scoreQuiz(quiz, everywhere(4)))!;
    expect(same.checks).toEqual([quiz.checks.straightLined]);
    const { q01: _q01, q02: _q02, ...blanks } = allFor('product');
    const text = outcomeText(quiz, scoreQuiz(quiz, blanks))!;
    expect(text.checks).toEqual([quiz.checks.unanswered.replace('{count}', '2')]);
    expect(text.id).toBe('leans-product');
    expect(text.roles).toBe(quiz.outcomes['leans-product'].roles);
  });
});

describe('tCritical', () => {
  it('gives the 90% two-sided t for small samples and approaches 1.645', () => {
    expect(tCritical(1)).toBe(6.314);
    expect(tCritical(5)).toBe(2.015);
    expect(tCritical(11)).toBe(1.812);
    expect(tCritical(20)).toBe(1.725);
    expect(tCritical(5000)).toBe(1.645);
    expect(tCritical(0)).toBe(Number.POSITIVE_INFINITY);
    const values = Array.from({ length: 200 }, (_, n) => tCritical(n + 1));
    expect(values.every((t, n) => n === 0 || t <= values[n - 1]!)).toBe(true);
  });
});

describe('reliability for a class pilot', () => {
  it('computes Cronbach\u2019s alpha from rows of item scores', () => {
    // Two items that move together perfectly: alpha 1.
    expect(
      cronbachAlpha([
        [1, 2],
        [2, 3],
        [3, 4],
      ]),
    ).toBeCloseTo(1, 12);
    // Item variances 1 and 1, totals 3, 3, 3... do not vary: no alpha.
    expect(
      cronbachAlpha([
        [1, 3],
        [2, 2],
        [3, 1],
      ]),
    ).toBeNull();
    // Worked by hand: items (1,2,3), (1,3,2), (2,3,3): variances 1, 1, 1/3; totals 4, 8, 8: variance 16/3.
    expect(
      cronbachAlpha([
        [1, 1, 2],
        [2, 3, 3],
        [3, 2, 3],
      ]),
    ).toBeCloseTo((3 / 2) * (1 - 7 / 3 / (16 / 3)), 12);
    expect(cronbachAlpha([[1, 2]])).toBeNull();
  });
  it('gives the Spearman-Brown figures the design relies on', () => {
    expect(expectedAlpha(4, 0.3)).toBeCloseTo(0.63, 2);
    expect(expectedAlpha(6, 0.3)).toBeCloseTo(0.72, 2);
    expect(expectedAlpha(8, 0.3)).toBeCloseTo(0.77, 2);
  });
  it('reverses the product end, so students with a clear lean make a dimension consistent', () => {
    const students = [allFor('product'), allFor('project'), { ...allFor('project'), q01: 2 } satisfies Answers];
    expect(dimensionAlpha(quiz, 'focus', students)).toBeGreaterThan(0.9);
    expect(dimensionAlpha(quiz, 'focus', [allFor('product'), { q01: 5 }])).toBeNull();
  });
});
