/** The engine: runs stay in bounds and end, are deterministic, and events depend on the state. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_EVENTS_PER_TURN,
  MAX_TURNS,
  campaignOf,
  choose,
  currentDecision,
  eventOdds,
  isFinished,
  outcome,
  start,
  type Role,
  type RunState,
  type Scenario,
} from '../../src/lib/simulator';
import { scenarios } from './simulator-fixtures';

const roles: Role[] = ['product', 'project'];
const campaigns = scenarios.flatMap((s) => roles.map((r) => [s, r] as const));

/** Plays choice positions (taken modulo each decision's choice count) until the run ends or they run out. */
function play(scenario: Scenario, role: Role, seed: number, picks: readonly number[]): RunState {
  let state = start(scenario, role, seed);
  for (const pick of picks) {
    const decision = currentDecision(state);
    if (!decision) break;
    state = choose(state, decision.choices[pick % decision.choices.length]!.id);
  }
  return state;
}

/** Plays a fixed choice id wherever it is offered, else the first choice. */
function playPreferring(scenario: Scenario, role: Role, seed: number, prefer: readonly string[]): RunState {
  let state = start(scenario, role, seed);
  for (let d = currentDecision(state); d; d = currentDecision(state)) {
    const choice = d.choices.find((c) => prefer.includes(c.id)) ?? d.choices[0]!;
    state = choose(state, choice.id);
  }
  return state;
}

const seedArb = fc.integer({ min: 0, max: 0xffffffff });
const picksArb = fc.array(fc.nat({ max: 11 }), { minLength: MAX_TURNS, maxLength: MAX_TURNS + 4 });

describe.each(campaigns.map(([s, r]) => [`${s.id}/${r}`, s, r] as const))('%s', (_name, scenario, role) => {
  const campaign = campaignOf(scenario, role)!;

  it('starts at the first decision with the start values', () => {
    const state = start(scenario, role, 42);
    expect(state.current).toBe(campaign.start);
    expect(state.meters).toEqual(Object.fromEntries(campaign.meters.map((m) => [m.id, m.start])));
    expect(state.history).toEqual([]);
    expect(currentDecision(state)?.controls).toBeTruthy();
  });

  it('for any choices and seed: meters stay in 0..100, at most two events a turn, and the run ends within 12 decisions', () => {
    fc.assert(
      fc.property(seedArb, picksArb, (seed, picks) => {
        const state = play(scenario, role, seed, picks);
        expect(isFinished(state)).toBe(true);
        expect(state.history.length).toBeGreaterThanOrEqual(8);
        expect(state.history.length).toBeLessThanOrEqual(MAX_TURNS);
        for (const turn of state.history) {
          expect(turn.events.length).toBeLessThanOrEqual(MAX_EVENTS_PER_TURN);
          for (const v of Object.values(turn.meters)) expect(v >= 0 && v <= 100 && Number.isInteger(v)).toBe(true);
        }
        expect(outcome(state).finished).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same run for the same seed and choices', () => {
    fc.assert(
      fc.property(seedArb, picksArb, (seed, picks) => {
        expect(play(scenario, role, seed, picks)).toEqual(play(scenario, role, seed, picks));
      }),
      { numRuns: 100 },
    );
  });

  it('gives different worlds on different seeds (events differ somewhere)', () => {
    const runs = Array.from({ length: 30 }, (_, seed) => JSON.stringify(play(scenario, role, seed, []).history));
    const events = Array.from({ length: 30 }, (_, seed) =>
      play(scenario, role, seed, Array(12).fill(0) as number[]).history.map((t) => t.events.map((e) => e.id).join()),
    );
    expect(new Set(runs).size).toBe(1);
    expect(new Set(events.map((e) => e.join('|'))).size).toBeGreaterThan(1);
  });

  it('rejects a choice the decision does not have, and any choice after the end', () => {
    const state = start(scenario, role, 1);
    expect(() => choose(state, 'no-such-choice')).toThrow(RangeError);
    const done = play(scenario, role, 1, Array(12).fill(0) as number[]);
    expect(() => choose(done, campaign.decisions[0]!.choices[0]!.id)).toThrow(RangeError);
  });

  it('records what each choice and event did, and the deltas add up to the meters', () => {
    const state = play(scenario, role, 7, [1, 0, 2, 1, 0, 1, 2, 0, 1, 0, 2, 1]);
    const totals = Object.fromEntries(campaign.meters.map((m) => [m.id, m.start]));
    for (const turn of state.history) {
      for (const deltas of [turn.deltas, ...turn.events.map((e) => e.deltas)]) {
        for (const [id, d] of Object.entries(deltas)) totals[id] = (totals[id] ?? 0) + d;
      }
      expect(turn.meters).toEqual(totals);
    }
  });
});

describe('events depend on the state', () => {
  const campus = scenarios.find((s) => s.id === 'campus-app')!;
  const project = campaignOf(campus, 'project')!;

  it('raises odds when a flag is set or a meter crosses its threshold', () => {
    const vendor = project.events.find((e) => e.id === 'vendor-change')!;
    expect(eventOdds(vendor, { schedule: 50 }, []).odds).toBeCloseTo(0.04);
    expect(eventOdds(vendor, { schedule: 50 }, ['rushed-plan']).odds).toBeCloseTo(0.24);
    expect(eventOdds(vendor, { schedule: 25 }, ['rushed-plan']).odds).toBeCloseTo(0.39);
    expect(eventOdds(vendor, { schedule: 25 }, ['rushed-plan']).causes.map((c) => c.kind)).toEqual(['flag', 'meter']);
  });

  it('makes a late surprise likelier after a rushed plan (over 400 seeds)', () => {
    const count = (prefer: string[]) =>
      Array.from({ length: 400 }, (_, seed) => playPreferring(campus, 'project', seed, prefer)).filter((s) =>
        s.history.some((t) => t.events.some((e) => e.id === 'vendor-change')),
      ).length;
    expect(count(['top-down-dates', 'squeeze-the-team'])).toBeGreaterThan(
      2 * count(['wbs-with-team', 'options-to-sponsor']),
    );
  });

  it('fires an event that requires a flag only after a choice set it', () => {
    const fired = (prefer: string[]) =>
      Array.from({ length: 100 }, (_, seed) => playPreferring(campus, 'project', seed, prefer)).some((s) =>
        s.history.some((t) => t.events.some((e) => e.id === 'slip-found-out')),
      );
    expect(fired(['honest-amber'])).toBe(false);
    expect(fired(['report-green'])).toBe(true);
  });

  it('branches on a flag: shipping a known bug brings up the double-bookings decision', () => {
    const shipped = playPreferring(campus, 'product', 3, ['launch-anyway']);
    const held = playPreferring(campus, 'product', 3, ['launch-without-booking']);
    expect(shipped.history.map((t) => t.decision)).toContain('double-bookings');
    expect(held.history.map((t) => t.decision)).not.toContain('double-bookings');
    expect(shipped.history.find((t) => t.decision === 'launch-date')?.branch).toEqual({
      flags: ['shipped-bug'],
      next: 'double-bookings',
    });
  });
});

describe('outcome', () => {
  it('profiles every meter and never claims a full win where the campaign says it cannot be won', () => {
    const centre = scenarios.find((s) => s.id === 'community-centre')!;
    fc.assert(
      fc.property(seedArb, picksArb, (seed, picks) => {
        const o = outcome(play(centre, 'project', seed, picks));
        expect(o.unwinnable).toMatch(/no ending here is a full win/i);
        expect(o.fullyWon).toBe(false);
        expect(o.meters.map((m) => m.id)).toEqual(['scope', 'schedule', 'budget', 'risk', 'goodwill']);
        expect(o.dangerCount).toBe(o.meters.filter((m) => m.inDanger).length);
      }),
      { numRuns: 50 },
    );
  });

  it('reads the trend of a meter that is better low the right way round', () => {
    const campus = scenarios.find((s) => s.id === 'campus-app')!;
    const state = start(campus, 'product', 1);
    const at = (debt: number) =>
      outcome({ ...state, meters: { ...state.meters, debt } }).meters.find((m) => m.id === 'debt')!;
    expect([at(10).trend, at(20).trend, at(30).trend]).toEqual(['better', 'same', 'worse']);
    expect([at(60).inDanger, at(61).inDanger]).toEqual([false, true]);
  });
});

describe('words for numbers', () => {
  it('says whether a change is better or worse, the right way round for meters better low', async () => {
    const { effectsInWords, stageName, dangerInWords } = await import('../../src/lib/simulator');
    const campus = scenarios.find((s) => s.id === 'campus-app')!;
    const product = campaignOf(campus, 'product')!;
    expect(effectsInWords(product, { debt: 10, value: -3, trust: 0 }).map((w) => w.text)).toEqual([
      'Student value −3 (worse)',
      'Tech debt +10 (worse)',
    ]);
    expect(effectsInWords(product, { debt: -4 }).map((w) => w.verdict)).toEqual(['better']);
    expect(stageName('monitoring-and-controlling')).toBe('Monitoring and controlling');
    expect(dangerInWords(product.meters[3]!)).toBe('danger above 60');
  });
});
