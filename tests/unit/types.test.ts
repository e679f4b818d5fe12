/**
 * The lib's data types and the schemas' output types must agree, or a page could hand a tool data
 * the build never checked. These assertions are checked by the type checker (`npm run check`),
 * not at run time: a drift fails the check naming the line.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'astro/zod';
import type { ComparisonData } from '../../src/lib/comparison';
import type { Quiz } from '../../src/lib/quiz';
import type { Scenario } from '../../src/lib/simulator';
import type { comparisonSchema, quizSchema, scenarioSchema } from '../../src/schemas';

describe('schema output types fit the lib types', () => {
  it('comparison', () => {
    expectTypeOf<z.output<typeof comparisonSchema>>().toExtend<ComparisonData>();
  });
  it('quiz', () => {
    expectTypeOf<z.output<typeof quizSchema>>().toEqualTypeOf<Quiz>();
  });
  it('scenarios', () => {
    expectTypeOf<z.output<typeof scenarioSchema>>().toExtend<Scenario>();
  });
});
