/**
 * The class view: a pasted list of quiz result links and simulator run links, decoded with the
 * tools' own code, with the right counts of what was read and what was dropped (and why).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { encodeAnswers, scoreQuiz, type Answers, type Likert, type Quiz, type Tiebreaks } from '../../src/lib/quiz';
import {
  chooseAll,
  currentDecision,
  encodeRun,
  runLinkOf,
  start,
  type Role,
  type RunState,
} from '../../src/lib/simulator';
import { quizSchema } from '../../src/schemas/quiz';
import {
  binOf,
  classify,
  countReasons,
  decodeClass,
  findToken,
  summarizeQuiz,
  summarizeRuns,
  type QuizSubmission,
  type RunSubmission,
} from '../../src/lib/class-view';
import { scenarios } from './simulator-fixtures';

const quiz: Quiz = quizSchema.parse(parse(readFileSync('src/content/quiz.yaml', 'utf8')));
const data = { quiz, scenarios };
const SITE = 'https://pm.example.edu/which-pm';

/** A complete set of answers from a list of values (cycled). */
function answersFrom(values: readonly Likert[]): Answers {
  return Object.fromEntries(quiz.items.map((item, i) => [item.id, values[i % values.length] ?? 3]));
}
function quizLink(answers: Answers, tiebreaks: Tiebreaks = {}): string {
  return `${SITE}/quiz/?r=${encodeAnswers(quiz, answers, tiebreaks)}`;
}
/** A finished run: at each decision, the choice picked by `pick` (modulo the number of choices). */
function playRun(scenarioIndex: number, role: Role, seed: number, pick: (turn: number) => number): RunState {
  const scenario = scenarios[scenarioIndex % scenarios.length]!;
  const campaignRole = scenario.campaigns.some((c) => c.role === role) ? role : scenario.campaigns[0]!.role;
  let state = start(scenario, campaignRole, seed);
  for (let turn = 0; turn < 20; turn++) {
    const decision = currentDecision(state);
    if (!decision) break;
    const choice = decision.choices[pick(turn) % decision.choices.length]!;
    state = chooseAll(state, [choice.id]);
  }
  return state;
}
function runLink(state: RunState): string {
  return `${SITE}/simulator/?run=${encodeRun(runLinkOf(state))}`;
}

describe('reading a line', () => {
  it('finds the link and the typed name around it', () => {
    expect(findToken('Ana Díaz, https://x.org/quiz/?r=v1.123')).toEqual({
      token: 'https://x.org/quiz/?r=v1.123',
      name: 'Ana Díaz',
    });
    expect(findToken('<https://x.org/simulator/?run=a.1.product.z.01>  — Ben')).toEqual({
      token: 'https://x.org/simulator/?run=a.1.product.z.01',
      name: 'Ben',
    });
    expect(findToken('just some words')).toEqual({ token: '', name: 'just some words' });
  });
  it('tells the tools apart by their parameter, and accepts bare codes', () => {
    expect(classify('https://x.org/quiz/?r=v1.12')).toEqual({ kind: 'quiz', code: 'v1.12' });
    expect(classify('/which-pm/simulator/?run=campus-app.1.product.k3.0')).toEqual({
      kind: 'simulator',
      code: 'campus-app.1.product.k3.0',
    });
    expect(classify('v1.1234')).toEqual({ kind: 'quiz', code: 'v1.1234' });
    expect(classify('campus-app.1.project.k3x9p2.0210')).toEqual({
      kind: 'simulator',
      code: 'campus-app.1.project.k3x9p2.0210',
    });
    expect(classify('https://x.org/compare/?roles=a,b').kind).toBe('other-tool');
    expect(classify('https://x.org/guides/')).toEqual({ kind: 'other-tool', tool: 'another page' });
    expect(classify('')).toEqual({ kind: 'not-a-link' });
  });
  it('bins the score scale from product to project', () => {
    expect([-1, -0.61, -0.6, -0.2, 0, 0.2, 0.59, 0.6, 1].map(binOf)).toEqual([0, 0, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe('a mixed list', () => {
  const valid = [answersFrom([5, 1, 4, 2]), answersFrom([1, 5, 2, 4]), answersFrom([4, 4, 2, 2, 5, 3])];
  const runA = playRun(0, 'product', 1234, () => 0);
  const runB = playRun(0, 'product', 1234, (t) => t + 1);
  const tamperedQuiz = quizLink(valid[0]!).replace(/r=v1\.(\d)/, 'r=v1.9');
  const oldQuiz = quizLink(valid[0]!).replace(`r=v${quiz.version}.`, 'r=v0.');
  const cutQuiz = quizLink(valid[1]!).slice(0, -6);
  const runCode = encodeRun(runLinkOf(runA));
  const tamperedRun = `${SITE}/simulator/?run=${runCode.replace(/\.(\d+)$/, '.9$1')}`;
  const oldRun = `${SITE}/simulator/?run=${runCode.replace(/^([a-z-]+)\.(\d+)\./, '$1.999.')}`;
  const text = [
    `# pasted from the LMS`,
    `Ana, ${quizLink(valid[0]!)}`,
    `${quizLink(valid[1]!)}`,
    `Chen ${quizLink(valid[2]!, { t1: 'product' })}`,
    `${tamperedQuiz}`,
    `Dee ${oldQuiz}`,
    `${cutQuiz}`,
    ``,
    `${runLink(runA)} Eli`,
    `${runLink(runB)}`,
    `${tamperedRun}`,
    `${oldRun}`,
    `${SITE}/compare/?roles=product-manager,project-manager`,
    `I could not finish it`,
    `Ana, ${quizLink(valid[0]!)}`,
  ].join('\n');
  const decoded = decodeClass(text, data);

  it('reads the valid links and labels them by name or line', () => {
    expect(decoded.lines).toBe(13);
    expect(decoded.submissions.map((s) => [s.kind, s.label])).toEqual([
      ['quiz', 'Ana'],
      ['quiz', 'Line 3'],
      ['quiz', 'Chen'],
      ['simulator', 'Eli'],
      ['simulator', 'Line 10'],
    ]);
  });
  it('drops the rest, each with its reason', () => {
    expect(decoded.rejected.map((r) => [r.line, r.reason])).toEqual([
      [5, 'quiz:bad-characters'],
      [6, 'quiz:old-version'],
      [7, 'quiz:wrong-length'],
      [11, 'simulator:bad-choice'],
      [12, 'simulator:old-version'],
      [13, 'other-tool'],
      [14, 'not-a-link'],
      [15, 'duplicate'],
    ]);
    expect(countReasons(decoded.rejected).reduce((n, r) => n + r.count, 0)).toBe(8);
  });
  it('gives each result the score the quiz itself gives', () => {
    const first = decoded.submissions[0] as QuizSubmission;
    expect(first.result).toEqual(scoreQuiz(quiz, valid[0]!));
  });
  it('summarizes outcomes and runs', () => {
    const quizzes = decoded.submissions.filter((s): s is QuizSubmission => s.kind === 'quiz');
    const summary = summarizeQuiz(quiz, quizzes);
    expect(summary.outcomes.reduce((n, o) => n + o.count, 0)).toBe(3);
    for (const d of summary.dimensions) expect(d.bins.reduce((a, b) => a + b, 0)).toBe(d.n);
    const runs = decoded.submissions.filter((s): s is RunSubmission => s.kind === 'simulator');
    const [group] = summarizeRuns(runs);
    expect(group?.runs).toBe(2);
    expect(group?.decisions[0]?.reached).toBe(2);
    expect(group?.decisions[0]?.choices.map((c) => c.count).reduce((a, b) => a + b, 0)).toBe(2);
    expect(group?.paths.reduce((n, p) => n + p.count, 0)).toBe(2);
    expect(group?.endings.reduce((n, e) => n + e.count, 0)).toBe(2);
  });
  it('keeps the same link on two unnamed lines (two students who chose alike), and says so', () => {
    const twice = decodeClass(`${runLink(runA)}\n${runLink(runA)}`, data);
    expect(twice.submissions.map((s) => s.label)).toEqual(['Line 1', 'Line 2']);
    expect(twice.repeated).toBe(1);
  });
  it('says why, when a tool’s data is missing', () => {
    const without = decodeClass(text, { quiz: null, scenarios });
    expect(without.rejected.filter((r) => r.reason === 'no-data')).toHaveLength(6);
  });
});

describe('properties', () => {
  type Kind = 'quiz' | 'run' | 'tampered-quiz' | 'old-quiz' | 'tampered-run' | 'other' | 'junk';
  const arbLikerts = fc.array(fc.constantFrom<Likert>(1, 2, 3, 4, 5), {
    minLength: quiz.items.length,
    maxLength: quiz.items.length,
  });
  const arbLine = fc.oneof(
    arbLikerts.map((v) => ({ kind: 'quiz', text: quizLink(answersFrom(v)) })),
    fc
      .tuple(
        fc.nat(3),
        fc.constantFrom<Role>('product', 'project'),
        fc.integer({ min: 1, max: 1e6 }),
        fc.array(fc.nat(5), { minLength: 12, maxLength: 12 }),
      )
      .map(([s, role, seed, picks]) => ({
        kind: 'run',
        text: runLink(playRun(s, role, seed, (t) => picks[t] ?? 0)),
      })),
    arbLikerts.map((v) => ({ kind: 'tampered-quiz', text: `${quizLink(answersFrom(v))}7` })),
    arbLikerts.map((v) => ({ kind: 'old-quiz', text: quizLink(answersFrom(v)).replace(/r=v\d+\./, 'r=v0.') })),
    fc.integer({ min: 1, max: 1e6 }).map((seed) => ({
      kind: 'tampered-run',
      text: runLink(playRun(0, 'product', seed, () => 0)).replace('.product.', '.manager.'),
    })),
    fc.constantFrom('compare/?roles=a,b', 'guides/', 'quiz/').map((p) => ({ kind: 'other', text: `${SITE}/${p}` })),
    fc
      .string({ maxLength: 40 })
      .filter((s) => !/[/?.]/.test(s) && s.trim() !== '' && !s.trim().startsWith('#'))
      .map((text) => ({ kind: 'junk', text })),
  );

  it('every non-blank line is either read or dropped with a reason, and every valid unnamed link is read', () => {
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 40 }), (lines) => {
        const text = lines.map((l) => l.text.replace(/\n/g, ' ')).join('\n');
        const decoded = decodeClass(text, data);
        expect(decoded.submissions.length + decoded.rejected.length).toBe(decoded.lines);
        // Unnamed lines are never merged: two students who chose alike hand in the same link.
        const distinct = (kind: Kind) => lines.filter((l) => l.kind === kind).length;
        const valid = lines.filter((l) => l.kind === 'quiz' || l.kind === 'run').map((l) => l.text);
        expect(decoded.repeated).toBe(valid.length - new Set(valid).size);
        expect(decoded.submissions.filter((s) => s.kind === 'simulator')).toHaveLength(distinct('run'));
        const quizzes = decoded.submissions.filter((s): s is QuizSubmission => s.kind === 'quiz');
        // A quiz link can be complete and still score no outcome only if a dimension lacks answers: never with full answers.
        expect(quizzes).toHaveLength(distinct('quiz'));
        expect(decoded.rejected.filter((r) => r.reason === 'quiz:old-version')).toHaveLength(distinct('old-quiz'));
        expect(decoded.rejected.filter((r) => r.reason === 'quiz:bad-characters')).toHaveLength(
          distinct('tampered-quiz'),
        );
        expect(decoded.rejected.filter((r) => r.reason === 'simulator:bad-role')).toHaveLength(
          distinct('tampered-run'),
        );
        expect(decoded.rejected.filter((r) => r.reason === 'other-tool')).toHaveLength(
          lines.filter((l) => l.kind === 'other').length,
        );
      }),
      { numRuns: 60 },
    );
  });
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const decoded = decodeClass(text, data);
        expect(decoded.submissions.length + decoded.rejected.length).toBe(decoded.lines);
      }),
    );
  });
  it('reads 200 links quickly', () => {
    const lines = Array.from({ length: 200 }, (_, i) =>
      i % 2 === 0
        ? quizLink(answersFrom([((i % 5) + 1) as Likert, 3, 4, 2]))
        : runLink(playRun(0, 'product', 4242, (t) => (t * i) % 3)),
    );
    const started = performance.now();
    const decoded = decodeClass(lines.join('\n'), data);
    summarizeQuiz(
      quiz,
      decoded.submissions.filter((s): s is QuizSubmission => s.kind === 'quiz'),
    );
    summarizeRuns(decoded.submissions.filter((s): s is RunSubmission => s.kind === 'simulator'));
    expect(decoded.submissions.length + decoded.rejected.length).toBe(200);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
