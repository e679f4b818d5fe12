/** Words for the simulator's numbers, so nothing is told by colour alone. */
import type { Campaign, Effects, Meter, Role, Stage } from './types';

const STAGE_NAMES: Record<Stage, string> = {
  initiating: 'Initiating',
  planning: 'Planning',
  executing: 'Executing',
  'monitoring-and-controlling': 'Monitoring and controlling',
  closing: 'Closing',
  discovery: 'Discovery',
  definition: 'Definition',
  delivery: 'Delivery',
  launch: 'Launch',
  growth: 'Growth',
};

/** A stage's name as a reader sees it (`Monitoring and controlling`). */
export function stageName(stage: Stage): string {
  return STAGE_NAMES[stage];
}

/** Whether a stage is a process group (project) or a product stage, in words. */
export function stageKind(stage: Stage): string {
  return ['discovery', 'definition', 'delivery', 'launch', 'growth'].includes(stage)
    ? 'product stage'
    : 'process group';
}

/** The role's name (`Product manager`). */
export function roleName(role: Role): string {
  return role === 'product' ? 'Product manager' : 'Project manager';
}

/** The danger zone in words: `danger below 25`. */
export function dangerInWords(meter: Meter): string {
  const parts: string[] = [];
  if (meter.danger.below !== undefined) parts.push(`below ${meter.danger.below}`);
  if (meter.danger.above !== undefined) parts.push(`above ${meter.danger.above}`);
  return `danger ${parts.join(' or ')}`;
}

/** One meter change in words, saying whether it is good news: `Tech debt +10 (worse)`. */
export interface EffectWords {
  meter: string;
  label: string;
  change: number;
  /** `+8` or `−3` (a real minus sign). */
  signed: string;
  verdict: 'better' | 'worse';
  text: string;
}

/** Each non-zero change in the campaign's meter order. */
export function effectsInWords(campaign: Campaign, effects: Effects): EffectWords[] {
  return campaign.meters.flatMap((m) => {
    const change = effects[m.id] ?? 0;
    if (change === 0) return [];
    const signed = change > 0 ? `+${change}` : `−${Math.abs(change)}`;
    const verdict = change > 0 === (m.good === 'up') ? 'better' : 'worse';
    return [{ meter: m.id, label: m.label, change, signed, verdict, text: `${m.label} ${signed} (${verdict})` }];
  });
}
