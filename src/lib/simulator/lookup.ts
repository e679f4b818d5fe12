/** Finding things in a scenario by id. */
import type { Campaign, Choice, Decision, Meter, Role, Scenario, ScenarioEvent } from './types';

/** The id a decision's or choice's `next` uses to end the run. */
export const END = 'end';
/** No run may be longer than this many decisions. */
export const MAX_TURNS = 12;

export function campaignOf(scenario: Scenario, role: Role): Campaign | undefined {
  return scenario.campaigns.find((c) => c.role === role);
}

export function decisionOf(campaign: Campaign, id: string | null): Decision | undefined {
  return id === null ? undefined : campaign.decisions.find((d) => d.id === id);
}

export function choiceOf(decision: Decision, id: string): Choice | undefined {
  return decision.choices.find((c) => c.id === id);
}

export function eventOf(campaign: Campaign, id: string): ScenarioEvent | undefined {
  return campaign.events.find((e) => e.id === id);
}

export function meterOf(campaign: Campaign, id: string): Meter | undefined {
  return campaign.meters.find((m) => m.id === id);
}

/** The other chair. */
export function otherRole(role: Role): Role {
  return role === 'product' ? 'project' : 'product';
}

/** Whether a meter's value is in its danger zone. */
export function inDanger(meter: Meter, value: number): boolean {
  const { below, above } = meter.danger;
  return (below !== undefined && value < below) || (above !== undefined && value > above);
}

/** Keeps a meter inside 0..100. */
export function clamp(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}
