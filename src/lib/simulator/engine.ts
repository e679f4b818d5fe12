/**
 * The rules of a run: `start`, `choose` and the events drawn after each choice. Every function is
 * pure and deterministic: the same scenario, role, seed and choices give the same run.
 */
import { draw, toSeed } from './rng';
import { END, MAX_TURNS, campaignOf, choiceOf, clamp, decisionOf } from './lookup';
import type {
  Campaign,
  Decision,
  Effects,
  EventCause,
  FiredEvent,
  FlagOrigin,
  Role,
  RunState,
  Scenario,
  ScenarioEvent,
  Turn,
} from './types';

/** At most this many events fire in one turn. */
export const MAX_EVENTS_PER_TURN = 2;
/** No event is ever certain or impossible once it is eligible and its odds are positive. */
export const MAX_ODDS = 0.9;

/** The campaign a state is playing; throws only when the state was not made by `start`. */
export function campaignOfState(state: RunState): Campaign {
  const campaign = campaignOf(state.scenario, state.role);
  if (!campaign) throw new Error(`scenario "${state.scenarioId}" has no ${state.role} campaign`);
  return campaign;
}

/** The decision to make now, or undefined when the run is over. */
export function currentDecision(state: RunState): Decision | undefined {
  return decisionOf(campaignOfState(state), state.current);
}

/** Whether the run is over. */
export function isFinished(state: RunState): boolean {
  return state.current === null;
}

/** A new run of one campaign of a scenario on a seed. Throws if the scenario has no such campaign. */
export function start(scenario: Scenario, role: Role, seed: number): RunState {
  const campaign = campaignOf(scenario, role);
  if (!campaign) throw new Error(`scenario "${scenario.id}" has no ${role} campaign`);
  const normalized = toSeed(seed);
  return {
    scenario,
    scenarioId: scenario.id,
    version: scenario.version,
    role,
    seed: normalized,
    rng: normalized,
    meters: Object.fromEntries(campaign.meters.map((m) => [m.id, clamp(m.start)])),
    flags: [],
    flagOrigins: {},
    current: campaign.start,
    history: [],
  };
}

/** Applies effects to meters, clamped to 0..100; returns the new meters and the real changes. */
function applyEffects(meters: Record<string, number>, effects: Effects): [Record<string, number>, Effects] {
  const next = { ...meters };
  const deltas: Effects = {};
  for (const [id, change] of Object.entries(effects)) {
    const before = next[id];
    if (before === undefined) continue;
    const after = clamp(before + change);
    next[id] = after;
    deltas[id] = after - before;
  }
  return [next, deltas];
}

function holds(meters: Record<string, number>, meter: string, above?: number, below?: number): boolean {
  const value = meters[meter];
  if (value === undefined) return false;
  return (above === undefined || value > above) && (below === undefined || value < below);
}

/** The event's odds in a state, with the modifiers and required flags that hold. */
export function eventOdds(
  event: ScenarioEvent,
  meters: Record<string, number>,
  flags: readonly string[],
): { odds: number; causes: EventCause[] } {
  let odds = event.odds;
  const causes: EventCause[] = (event.requires ?? []).map((flag) => ({ kind: 'flag', flag, add: 0 }));
  for (const m of event.modifiers ?? []) {
    if (m.flag !== undefined) {
      if (!flags.includes(m.flag)) continue;
      odds += m.add;
      causes.push({ kind: 'flag', flag: m.flag, add: m.add });
    } else if (m.meter !== undefined) {
      if (!holds(meters, m.meter, m.above, m.below)) continue;
      odds += m.add;
      causes.push({ kind: 'meter', meter: m.meter, above: m.above, below: m.below, add: m.add });
    }
  }
  return { odds: Math.min(MAX_ODDS, Math.max(0, odds)), causes };
}

/** Whether an event can fire now: not fired yet in this run, in its stages, its required flags set. */
function eligible(event: ScenarioEvent, decision: Decision, state: RunState, flags: readonly string[]): boolean {
  if (state.history.some((t) => t.events.some((e) => e.id === event.id))) return false;
  if (event.stages && !event.stages.includes(decision.stage)) return false;
  return (event.requires ?? []).every((f) => flags.includes(f));
}

function addFlags(
  flags: string[],
  origins: Record<string, FlagOrigin>,
  add: readonly string[] | undefined,
  origin: FlagOrigin,
): void {
  for (const flag of add ?? []) {
    if (flags.includes(flag)) continue;
    flags.push(flag);
    origins[flag] = origin;
  }
}

/** The decision after this one: the choice's `next`, else the first branch whose flags hold, else the decision's. */
function nextOf(
  decision: Decision,
  choiceNext: string | undefined,
  flags: readonly string[],
): { next: string; branch?: Turn['branch'] } {
  if (choiceNext !== undefined) return { next: choiceNext };
  for (const b of decision.branches ?? []) {
    if (b.flags.every((f) => flags.includes(f)) && !(b.unless ?? []).some((f) => flags.includes(f))) {
      return { next: b.next, branch: { flags: [...b.flags], next: b.next } };
    }
  }
  return { next: decision.next };
}

/**
 * Makes a choice in the current decision and plays the turn: the choice's effects, then 0 to 2
 * events drawn from the pool, then the move to the next decision. Throws a RangeError when the run
 * is over or the choice is not one of the current decision's (check with `currentDecision` first).
 */
export function choose(state: RunState, choiceId: string): RunState {
  const campaign = campaignOfState(state);
  const decision = decisionOf(campaign, state.current);
  if (!decision) throw new RangeError('the run is over');
  const choice = choiceOf(decision, choiceId);
  if (!choice) throw new RangeError(`decision "${decision.id}" has no choice "${choiceId}"`);
  const turn = state.history.length;

  const flags = [...state.flags];
  const flagOrigins = { ...state.flagOrigins };
  const [afterChoice, deltas] = applyEffects(state.meters, choice.effects);
  let meters = afterChoice;
  addFlags(flags, flagOrigins, choice.sets, { turn, source: 'choice', id: choice.id });

  // Draw once per eligible event, in pool order; keep the (at most two) draws furthest under their odds.
  let rng = state.rng;
  const hits: { event: ScenarioEvent; odds: number; causes: EventCause[]; margin: number }[] = [];
  for (const event of campaign.events) {
    if (!eligible(event, decision, state, flags)) continue;
    const { odds, causes } = eventOdds(event, meters, flags);
    const [value, next] = draw(rng);
    rng = next;
    if (value < odds) hits.push({ event, odds, causes, margin: value / odds });
  }
  hits.sort((a, b) => a.margin - b.margin);
  const fired: FiredEvent[] = [];
  for (const hit of hits.slice(0, MAX_EVENTS_PER_TURN)) {
    const [after, eventDeltas] = applyEffects(meters, hit.event.effects);
    meters = after;
    addFlags(flags, flagOrigins, hit.event.sets, { turn, source: 'event', id: hit.event.id });
    fired.push({ id: hit.event.id, odds: hit.odds, deltas: eventDeltas, causes: hit.causes });
  }
  // Keep pool order in the record, so a reader sees events in the order the scenario lists them.
  fired.sort(
    (a, b) => campaign.events.findIndex((e) => e.id === a.id) - campaign.events.findIndex((e) => e.id === b.id),
  );

  const { next, branch } = nextOf(decision, choice.next, flags);
  const index = decision.choices.indexOf(choice);
  const record: Turn = { decision: decision.id, choice: choice.id, index, deltas, events: fired, meters };
  if (branch) record.branch = branch;
  const history = [...state.history, record];
  const current = next === END || history.length >= MAX_TURNS ? null : next;
  return { ...state, rng, meters, flags, flagOrigins, current, history };
}

/** Plays a list of choice ids from a state; stops at the end of the run. Throws like `choose`. */
export function chooseAll(state: RunState, choiceIds: readonly string[]): RunState {
  return choiceIds.reduce((s, id) => choose(s, id), state);
}
