/** The outcome profile of a run: every meter with its verdict, and the ending it reached. No single score. */
import { campaignOfState } from './engine';
import { inDanger } from './lookup';
import type { Campaign, Ending, EndingCondition, Meter, RunState } from './types';

export interface MeterOutcome {
  id: string;
  label: string;
  meaning: string;
  value: number;
  start: number;
  /** Change since the start (positive is up, whichever way is good). */
  change: number;
  good: Meter['good'];
  inDanger: boolean;
  /** Whether the meter ended better, worse or no different from where it started, given its good direction. */
  trend: 'better' | 'worse' | 'same';
}

export interface Outcome {
  /** Whether the run is over; an unfinished run still has a provisional profile. */
  finished: boolean;
  ending: Ending;
  meters: MeterOutcome[];
  /** How many meters ended in their danger zone. */
  dangerCount: number;
  /** The ending is a win: every meter where the scenario wanted it. */
  fullyWon: boolean;
  /** When the campaign cannot be fully won, why (shown in the debrief). */
  unwinnable?: string | undefined;
}

export function matches(
  campaign: Campaign,
  when: EndingCondition | undefined,
  meters: Record<string, number>,
  flags: readonly string[],
): boolean {
  if (!when) return true;
  const danger = campaign.meters.filter((m) => inDanger(m, meters[m.id] ?? m.start)).length;
  if (when.maxDanger !== undefined && danger > when.maxDanger) return false;
  if (when.minDanger !== undefined && danger < when.minDanger) return false;
  for (const c of when.meters ?? []) {
    const value = meters[c.meter];
    if (value === undefined) return false;
    if (c.above !== undefined && !(value > c.above)) return false;
    if (c.below !== undefined && !(value < c.below)) return false;
  }
  return (when.flags ?? []).every((f) => flags.includes(f));
}

/** The first ending whose conditions hold; the last ending catches every run. */
export function endingOf(campaign: Campaign, meters: Record<string, number>, flags: readonly string[]): Ending {
  const ending = campaign.endings.find((e) => matches(campaign, e.when, meters, flags)) ?? campaign.endings.at(-1);
  if (!ending) throw new Error(`the ${campaign.role} campaign has no endings`);
  return ending;
}

/** The outcome profile of a run (finished or not). */
export function outcome(state: RunState): Outcome {
  const campaign = campaignOfState(state);
  const ending = endingOf(campaign, state.meters, state.flags);
  const meters = campaign.meters.map((m): MeterOutcome => {
    const value = state.meters[m.id] ?? m.start;
    const change = value - m.start;
    const better = m.good === 'up' ? change > 0 : change < 0;
    return {
      id: m.id,
      label: m.label,
      meaning: m.meaning,
      value,
      start: m.start,
      change,
      good: m.good,
      inDanger: inDanger(m, value),
      trend: change === 0 ? 'same' : better ? 'better' : 'worse',
    };
  });
  const result: Outcome = {
    finished: state.current === null,
    ending,
    meters,
    dangerCount: meters.filter((m) => m.inDanger).length,
    fullyWon: ending.tone === 'win',
  };
  if (campaign.unwinnable !== undefined) result.unwinnable = campaign.unwinnable;
  return result;
}
