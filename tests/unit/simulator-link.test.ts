/** Run links: they round-trip, never throw, reject tampering with a reason, and replay to the same debrief. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  causalChain,
  choose,
  currentDecision,
  debrief,
  decodeRun,
  encodeRun,
  meterSeries,
  replayOnSeeds,
  runLinkOf,
  start,
  type Role,
  type RunState,
  type Scenario,
} from '../../src/lib/simulator';
import { scenarios } from './simulator-fixtures';

function play(scenario: Scenario, role: Role, seed: number, picks: readonly number[]): RunState {
  let state = start(scenario, role, seed);
  for (const pick of picks) {
    const decision = currentDecision(state);
    if (!decision) break;
    state = choose(state, decision.choices[pick % decision.choices.length]!.id);
  }
  return state;
}

const campus = scenarios.find((s) => s.id === 'campus-app')!;
const runArb = fc.record({
  scenario: fc.constantFrom(...scenarios),
  role: fc.constantFrom<Role>('product', 'project'),
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  picks: fc.array(fc.nat({ max: 11 }), { maxLength: 12 }),
});

describe('encodeRun and decodeRun', () => {
  it('write a short, URL-safe string', () => {
    const state = play(campus, 'product', 123456, [0, 1, 2, 0, 1, 2, 0, 1, 2, 0]);
    const text = encodeRun(runLinkOf(state));
    expect(text).toMatch(/^campus-app\.1\.product\.[0-9a-z]+\.[0-9]{10}$/);
    expect(encodeURIComponent(text)).toBe(text);
  });

  it('round-trip any run, finished or not, to the same state', () => {
    fc.assert(
      fc.property(runArb, ({ scenario, role, seed, picks }) => {
        const state = play(scenario, role, seed, picks);
        const decoded = decodeRun(scenarios, encodeRun(runLinkOf(state)));
        expect(decoded.ok).toBe(true);
        if (decoded.ok) expect(decoded.state).toEqual(state);
      }),
      { numRuns: 150 },
    );
  });

  it('never throw, whatever the string', () => {
    const valid = encodeRun(runLinkOf(play(campus, 'project', 9, [0, 0, 0])));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: fc.constantFrom('.', '0', '1', '9', 'a', 'z', '-', 'campus-app', 'product', 'project') }),
          fc
            .tuple(fc.nat({ max: valid.length }), fc.string({ maxLength: 3 }))
            .map(([i, s]) => valid.slice(0, i) + s + valid.slice(i)),
        ),
        (text) => {
          const result = decodeRun(scenarios, text);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.message).toMatch(/fresh run/);
        },
      ),
      { numRuns: 500 },
    );
    for (const odd of [undefined, null, 42, {}, [], 'x'.repeat(10_000)])
      expect(decodeRun(scenarios, odd).ok).toBe(false);
  });

  it('say why a link is rejected', () => {
    const reason = (text: string) => {
      const r = decodeRun(scenarios, text);
      return r.ok ? 'ok' : r.reason;
    };
    expect(reason('campus-app.1.product.abc.0')).toBe('ok');
    expect(reason('campus-app.1.product.abc.')).toBe('ok');
    expect(reason('garden-shed.1.product.abc.0')).toBe('unknown-scenario');
    expect(reason('campus-app.0.product.abc.0')).toBe('old-version');
    expect(reason('campus-app.v1.product.abc.0')).toBe('malformed');
    expect(reason('campus-app.1.designer.abc.0')).toBe('bad-role');
    expect(reason('campus-app.1.product.ABC.0')).toBe('bad-seed');
    expect(reason('campus-app.1.product.zzzzzzz.0')).toBe('bad-seed');
    expect(reason('campus-app.1.product.abc.9')).toBe('bad-choice');
    expect(reason('campus-app.1.product.abc.0x')).toBe('bad-choice');
    expect(reason('campus-app.1.product.abc')).toBe('malformed');
    expect(reason('')).toBe('malformed');
  });

  it('reject an invalid choice at step n, naming the step', () => {
    const r = decodeRun(scenarios, 'campus-app.1.product.abc.0013');
    expect(r).toMatchObject({ ok: false, reason: 'bad-choice', step: 4 });
    const long = encodeRun({
      ...runLinkOf(play(campus, 'product', 5, Array(12).fill(0) as number[])),
      choices: Array(12).fill(0) as number[],
    });
    expect(decodeRun(scenarios, long)).toMatchObject({ ok: false, reason: 'bad-choice', step: 11 });
  });

  it('tell an old link apart and name the scenario', () => {
    const r = decodeRun(scenarios, 'campus-app.7.product.abc.0');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('Campus app launch');
  });
});

describe('the debrief', () => {
  it('is the same when the run is replayed from its link', () => {
    fc.assert(
      fc.property(runArb, ({ scenario, role, seed, picks }) => {
        const state = play(scenario, role, seed, [...picks, ...(Array(12).fill(1) as number[])]);
        const decoded = decodeRun(scenarios, encodeRun(runLinkOf(state)));
        if (!decoded.ok) throw new Error(decoded.message);
        expect(debrief(decoded.state, 5)).toEqual(debrief(state, 5));
      }),
      { numRuns: 20 },
    );
  });

  it('gives each meter a series from its start value, one point per decision', () => {
    const state = play(campus, 'project', 77, Array(12).fill(0) as number[]);
    for (const s of meterSeries(state)) {
      expect(s.values).toHaveLength(state.history.length + 1);
      expect(s.values.at(-1)).toBe(state.meters[s.id]);
    }
  });

  it('links a hidden slip to the sponsor finding out, tagged with its stage and page', () => {
    const reportGreen = (seed: number) => {
      let state = start(campus, 'project', seed);
      for (let d = currentDecision(state); d; d = currentDecision(state)) {
        state = choose(state, (d.choices.find((c) => c.id === 'report-green') ?? d.choices[0]!).id);
      }
      return state;
    };
    const state = Array.from({ length: 50 }, (_, i) => reportGreen(i)).find((s) =>
      s.history.some((t) => t.events.some((e) => e.id === 'slip-found-out')),
    )!;
    const link = causalChain(state).find((l) => l.to.id === 'slip-found-out')!;
    expect(link.from).toMatchObject({
      kind: 'choice',
      id: 'report-green',
      at: 6,
      stage: 'executing',
      teaches: '/process-groups/monitoring-and-controlling/',
    });
    expect(link.to.at).toBeGreaterThanOrEqual(6);
    expect(link.sentence).toMatch(
      /^Because you chose “Report green; you will catch up” at decision 6, “The sponsor hears about the delay from someone else” happened at decision \d+\.$/,
    );
  });

  it('links a branch to the choice that set its flag', () => {
    const state = play(campus, 'product', 11, [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(state.history[7]?.choice).toBe('launch-anyway');
    const link = causalChain(state).find((l) => l.to.kind === 'branch')!;
    expect(link).toMatchObject({
      from: { id: 'launch-anyway', at: 8, stage: 'launch' },
      to: { id: 'double-bookings', at: 9, stage: 'growth' },
    });
  });

  it('blames a meter-driven event on the choice that pushed the meter furthest', () => {
    // Top-down dates and squeezing the team leave the schedule high but risk high; find a run where
    // an event fired through a meter modifier and check the named choice moved that meter that way.
    for (let seed = 0; seed < 300; seed++) {
      const state = play(campus, 'project', seed, [1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1]);
      const link = causalChain(state).find((l) => l.via.kind === 'meter');
      if (!link || link.via.kind !== 'meter') continue;
      const turn = state.history[link.from.at - 1]!;
      expect(turn.deltas[link.via.meter]).toBe(link.via.change);
      expect(link.to.at).toBeGreaterThanOrEqual(link.from.at);
      return;
    }
    throw new Error('no meter-driven event in 300 seeds');
  });
});

describe('luck against skill', () => {
  it('replaying the reader’s choices on their own seed gives their run, with no fallbacks', () => {
    const state = play(campus, 'product', 99, [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
    expect(state.current).toBeNull();
    const choices = state.history.map((t) => ({ decision: t.decision, choice: t.choice }));
    const [same] = replayOnSeeds(campus, 'product', choices, [99]);
    expect(same!.state).toEqual(state);
    expect(same!.fallbacks).toBe(0);
  });

  it('derives the other seeds from the reader’s seed, so the debrief is stable, and summarises their spread', () => {
    const state = play(campus, 'project', 4, Array(12).fill(2) as number[]);
    const d = debrief(state, 12);
    expect(d.luck.replays).toHaveLength(12);
    expect(new Set(d.luck.replays.map((r) => r.seed)).size).toBe(12);
    expect(d.luck.replays.map((r) => r.seed)).not.toContain(4);
    for (const m of d.luck.spread) expect(m.min <= m.mean && m.mean <= m.max && m.sd >= 0).toBe(true);
    expect(d.luck.endings.reduce((n, e) => n + e.count, 0)).toBe(12);
    expect(d.bots.map((b) => b.bot.id)).toEqual(['random', 'cautious', 'overcommit', 'cut-scope', 'good-practice']);
    expect(d.reflection.length).toBeGreaterThanOrEqual(3);
  });
});
