/** The result link: answers in, answers out; any string decodes to answers or a clear reason, never a throw. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  decodeAnswers,
  encodeAnswers,
  isLikert,
  scoreQuiz,
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
const LENGTH = itemIds.length + pairIds.length;

const arbAnswers: fc.Arbitrary<Answers> = fc
  .tuple(...itemIds.map(() => fc.option(fc.constantFrom<Likert>(1, 2, 3, 4, 5), { nil: undefined })))
  .map((values) => Object.fromEntries(itemIds.flatMap((id, n) => (values[n] === undefined ? [] : [[id, values[n]]]))));
const arbTiebreaks: fc.Arbitrary<Tiebreaks> = fc
  .tuple(...pairIds.map(() => fc.option(fc.constantFrom<End>('product', 'project'), { nil: undefined })))
  .map((values) => Object.fromEntries(pairIds.flatMap((id, n) => (values[n] === undefined ? [] : [[id, values[n]]]))));

const valid = encodeAnswers(quiz, Object.fromEntries(itemIds.map((id) => [id, 4])), { t1: 'product', t3: 'project' });

function reason(text: unknown): string {
  const decoded = decodeAnswers(quiz, text);
  return decoded.ok ? 'ok' : decoded.reason;
}

describe('encodeAnswers', () => {
  it('writes the version, one digit per item and one letter per pair', () => {
    const answers: Answers = { q01: 5, q02: 1, q28: 3 };
    const text = encodeAnswers(quiz, answers, { t2: 'project' });
    expect(text).toBe(`v${quiz.version}.51${'0'.repeat(25)}3xjx`);
    expect(valid).toMatch(/^v1\.4{28}pxj$/);
  });
  it('is short and safe in a URL as it stands', () => {
    fc.assert(
      fc.property(arbAnswers, arbTiebreaks, (answers, tiebreaks) => {
        const text = encodeAnswers(quiz, answers, tiebreaks);
        expect(encodeURIComponent(text)).toBe(text);
        expect(text.length).toBe(`v${quiz.version}.`.length + LENGTH);
      }),
    );
  });
});

describe('decodeAnswers', () => {
  it('round-trips any answers and tie-breaks', () => {
    fc.assert(
      fc.property(arbAnswers, arbTiebreaks, (answers, tiebreaks) => {
        expect(decodeAnswers(quiz, encodeAnswers(quiz, answers, tiebreaks))).toEqual({ ok: true, answers, tiebreaks });
      }),
    );
  });

  it('gives the same result from the link as from the answers', () => {
    fc.assert(
      fc.property(arbAnswers, arbTiebreaks, (answers, tiebreaks) => {
        const decoded = decodeAnswers(quiz, encodeAnswers(quiz, answers, tiebreaks));
        if (!decoded.ok) throw new Error(decoded.message);
        expect(scoreQuiz(quiz, decoded.answers, decoded.tiebreaks)).toEqual(scoreQuiz(quiz, answers, tiebreaks));
      }),
    );
  });

  it('never throws, whatever the string, and answers only with known items and real values', () => {
    const near = fc
      .tuple(fc.constantFrom('v1.', 'V1.', 'v0.', 'v2.', 'v', '', ' v1.'), fc.stringMatching(/^[0-9a-z.%-]{0,40}$/))
      .map(([prefix, body]) => prefix + body);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), near, fc.anything()), (text) => {
        const decoded = decodeAnswers(quiz, text);
        if (decoded.ok) {
          for (const [id, value] of Object.entries(decoded.answers)) {
            expect(itemIds).toContain(id);
            expect(isLikert(value)).toBe(true);
          }
          for (const [id, value] of Object.entries(decoded.tiebreaks)) {
            expect(pairIds).toContain(id);
            expect(['product', 'project']).toContain(value);
          }
        } else {
          expect(decoded.message.length).toBeGreaterThan(30);
          expect(decoded.message).toMatch(/[.!]$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('recognises a link from an older version', () => {
    expect(reason(valid.replace(/^v1\./, 'v0.'))).toBe('old-version');
    const next: Quiz = { ...quiz, version: 2 };
    const decoded = decodeAnswers(next, valid);
    expect(decoded).toMatchObject({ ok: false, reason: 'old-version' });
    expect(decoded.ok ? '' : decoded.message).toMatch(/older version of the quiz \(version 1\)/);
  });

  it('recognises a link from a newer version', () => {
    expect(reason(valid.replace(/^v1\./, 'v2.'))).toBe('newer-version');
  });

  it('rejects a tampered link with the reason that fits', () => {
    expect(reason(valid.replace('44', '47'))).toBe('bad-characters');
    expect(reason(valid.replace('pxj', 'pzj'))).toBe('bad-characters');
    expect(reason(`${valid}4`)).toBe('bad-characters');
    expect(reason(valid.replace('4', ''))).toBe('wrong-length');
    expect(reason(valid.replace('4pxj', '44pxj'))).toBe('wrong-length');
    expect(reason(valid.slice(0, 20))).toBe('wrong-length');
    expect(reason(valid.replace('pxj', 'px'))).toBe('wrong-length');
    expect(reason('')).toBe('empty');
    expect(reason('   ')).toBe('empty');
    expect(reason(undefined)).toBe('empty');
    expect(reason('hello')).toBe('not-a-result');
    expect(reason('1.4444')).toBe('not-a-result');
  });

  it('forgives the case of the letters and spaces around the link', () => {
    expect(decodeAnswers(quiz, `  ${valid.toUpperCase()}\n`)).toEqual(decodeAnswers(quiz, valid));
  });

  it('treats 0 and x as unanswered', () => {
    const decoded = decodeAnswers(quiz, `v1.${'0'.repeat(27)}5xxx`);
    expect(decoded).toEqual({ ok: true, answers: { q28: 5 }, tiebreaks: {} });
  });
});
