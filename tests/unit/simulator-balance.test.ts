/**
 * Balance: every bot plays every campaign on many seeds. Good practice must beat random by more
 * than the spread luck causes, no careless strategy may win everywhere, and every ending must be
 * reachable. The figures are printed as a table.
 *
 * The summary number used here exists only for these tests (the reader never sees a single score):
 * the mean over a campaign's meters of how good each ended (its value, or 100 minus it for meters
 * that are better low), minus 10 points for each meter in its danger zone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  BOTS,
  inDanger,
  outcome,
  playBot,
  type BotId,
  type Campaign,
  type RunState,
  type Scenario,
} from '../../src/lib/simulator';
import { scenarioSchema } from '../../src/schemas';

const SEEDS = 500;
const dir = 'src/content/scenarios';
const scenarios: Scenario[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => scenarioSchema.parse(parse(readFileSync(`${dir}/${f}`, 'utf8'))));

/** The test-only summary of a finished run (see the file comment). */
function summary(campaign: Campaign, state: RunState): number {
  let sum = 0;
  let danger = 0;
  for (const m of campaign.meters) {
    const v = state.meters[m.id] ?? m.start;
    sum += m.good === 'up' ? v : 100 - v;
    if (inDanger(m, v)) danger++;
  }
  return sum / campaign.meters.length - 10 * danger;
}

interface Figures {
  mean: number;
  sd: number;
  endings: Map<string, number>;
}

function stats(values: number[]): { mean: number; sd: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { mean, sd: Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) };
}

const table: Record<string, Record<BotId, Figures>> = {};
for (const scenario of scenarios) {
  for (const campaign of scenario.campaigns) {
    const row = {} as Record<BotId, Figures>;
    for (const bot of BOTS) {
      const values: number[] = [];
      const endings = new Map<string, number>();
      for (let seed = 1; seed <= SEEDS; seed++) {
        const state = playBot(scenario, campaign.role, seed, bot);
        values.push(summary(campaign, state));
        const id = outcome(state).ending.id;
        endings.set(id, (endings.get(id) ?? 0) + 1);
      }
      row[bot.id] = { ...stats(values), endings };
    }
    table[`${scenario.id}/${campaign.role}`] = row;
  }
}

const fmt = (f: Figures) => `${f.mean.toFixed(1)} ± ${f.sd.toFixed(1)}`;
console.log(
  [
    `Balance over ${SEEDS} seeds: mean ± sd of the test-only summary (0..100) per bot`,
    ['campaign'.padEnd(22), ...BOTS.map((b) => b.id.padStart(14))].join(''),
    ...Object.entries(table).map(([name, row]) =>
      [name.padEnd(22), ...BOTS.map((b) => fmt(row[b.id]).padStart(14))].join(''),
    ),
    '',
    'Endings reached (all bots, all seeds):',
    ...Object.entries(table).map(([name, row]) => {
      const all = new Map<string, number>();
      for (const f of Object.values(row)) for (const [id, n] of f.endings) all.set(id, (all.get(id) ?? 0) + n);
      return `${name}: ${[...all].map(([id, n]) => `${id} ${n}`).join(', ')}`;
    }),
  ].join('\n'),
);

describe.each(scenarios.flatMap((s) => s.campaigns.map((c) => [`${s.id}/${c.role}`, s, c] as const)))(
  '%s',
  (name, _s, campaign) => {
    const row = table[name] as Record<BotId, Figures>;
    it('good practice beats random by more than the spread luck gives random', () => {
      expect(row['good-practice'].mean - row.random.mean).toBeGreaterThan(row.random.sd);
    });
    it('good practice beats every single-minded strategy', () => {
      for (const id of ['cautious', 'overcommit', 'cut-scope'] as const)
        expect(row['good-practice'].mean, id).toBeGreaterThan(row[id].mean);
    });
    it('reaches every ending with some bot on some seed', () => {
      const reached = new Set(Object.values(row).flatMap((f) => [...f.endings.keys()]));
      expect(campaign.endings.map((e) => e.id).filter((id) => !reached.has(id))).toEqual([]);
    });
  },
);

describe('no careless strategy wins everywhere', () => {
  it.each(['random', 'cautious', 'overcommit', 'cut-scope'] as const)('%s is beaten somewhere', (id) => {
    const beaten = Object.values(table).some((row) => BOTS.some((b) => b.id !== id && row[b.id].mean > row[id].mean));
    expect(beaten).toBe(true);
  });
  it('a careless strategy is never the best in every campaign', () => {
    for (const id of ['random', 'cautious', 'overcommit', 'cut-scope'] as const) {
      const bestEverywhere = Object.values(table).every((row) => BOTS.every((b) => row[id].mean >= row[b.id].mean));
      expect(bestEverywhere, id).toBe(false);
    }
  });
});
