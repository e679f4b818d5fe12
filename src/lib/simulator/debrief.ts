/**
 * What the debrief shows, computed from a finished run: the meters over the run, the chain of
 * causes, and luck against skill (the reader's choices on other seeds, the bots on the reader's
 * seed). Everything here is a pure function of the run, so a replayed link gives the same debrief.
 */
import { botsOnSeed, type Bot } from './bots';
import { campaignOfState, choose, currentDecision, start } from './engine';
import { choiceOf, decisionOf, eventOf, meterOf } from './lookup';
import { outcome, type Outcome } from './outcome';
import { deriveSeeds } from './rng';
import type { Campaign, Choice, Decision, Meter, Role, RunState, Scenario, Stage } from './types';

/** One meter's values over the run: `values[0]` is the start, `values[n]` the value after decision n. */
export interface MeterSeries {
  id: string;
  label: string;
  good: Meter['good'];
  danger: Meter['danger'];
  values: number[];
}

export function meterSeries(state: RunState): MeterSeries[] {
  const campaign = campaignOfState(state);
  return campaign.meters.map((m) => ({
    id: m.id,
    label: m.label,
    good: m.good,
    danger: { ...m.danger },
    values: [m.start, ...state.history.map((t) => t.meters[m.id] ?? m.start)],
  }));
}

/** One end of a link in the chain of causes. Decision numbers count from 1, as the reader sees them. */
export interface LinkEnd {
  /** The decision number (1-based) in the run. */
  at: number;
  kind: 'choice' | 'event' | 'branch' | 'ending';
  id: string;
  /** What the reader saw: the choice's label, the event's title, the decision's or ending's title. */
  label: string;
  /** The process group or product stage of the decision where it happened. */
  stage: Stage;
  /** The page that teaches the idea, when there is one. */
  teaches?: string | undefined;
  /** For events: good or bad news. */
  tone?: 'good' | 'bad' | undefined;
}

export interface CauseLink {
  from: LinkEnd;
  to: LinkEnd;
  /** How the cause worked: a flag the choice set, or a meter it pushed past a threshold. */
  via: { kind: 'flag'; flag: string } | { kind: 'meter'; meter: string; label: string; change: number };
  /** The link in one sentence: “Because you chose X at decision 2, Y happened at decision 5.” */
  sentence: string;
}

function quote(text: string): string {
  return `“${text}”`;
}

function fromChoice(campaign: Campaign, state: RunState, turn: number): LinkEnd | undefined {
  const t = state.history[turn];
  const decision = t && decisionOf(campaign, t.decision);
  const choice = t && decision && choiceOf(decision, t.choice);
  if (!t || !decision || !choice) return undefined;
  return {
    at: turn + 1,
    kind: 'choice',
    id: choice.id,
    label: choice.label,
    stage: decision.stage,
    teaches: choice.teaches,
  };
}

function fromOrigin(campaign: Campaign, state: RunState, flag: string): LinkEnd | undefined {
  const origin = state.flagOrigins[flag];
  if (!origin) return undefined;
  if (origin.source === 'choice') return fromChoice(campaign, state, origin.turn);
  const event = eventOf(campaign, origin.id);
  const decision = decisionOf(campaign, state.history[origin.turn]?.decision ?? null);
  if (!event || !decision) return undefined;
  return {
    at: origin.turn + 1,
    kind: 'event',
    id: event.id,
    label: event.title,
    stage: decision.stage,
    teaches: event.teaches,
    tone: event.kind,
  };
}

/** The choice, up to a turn, that pushed a meter furthest in one direction (the choice that made a threshold bite). */
function pusher(
  state: RunState,
  meter: string,
  upTo: number,
  direction: 1 | -1,
): { turn: number; change: number } | undefined {
  let found: { turn: number; change: number } | undefined;
  for (let turn = 0; turn <= upTo; turn++) {
    const change = state.history[turn]?.deltas[meter] ?? 0;
    if (change * direction > 0 && (!found || change * direction > found.change * direction)) found = { turn, change };
  }
  return found;
}

function sentence(from: LinkEnd, to: LinkEnd, likelier: boolean): string {
  const cause =
    from.kind === 'choice'
      ? `Because you chose ${quote(from.label)} at decision ${from.at}`
      : `Because ${quote(from.label)} happened at decision ${from.at}`;
  if (to.kind === 'event') {
    return `${cause}, ${quote(to.label)} ${likelier ? 'became likelier and ' : ''}happened at decision ${to.at}.`;
  }
  if (to.kind === 'branch') return `${cause}, decision ${to.at} was ${quote(to.label)}.`;
  return `${cause}, the run ended as ${quote(to.label)}.`;
}

/** The chain of causes of a run, in the order the effects happened. */
export function causalChain(state: RunState): CauseLink[] {
  const campaign = campaignOfState(state);
  const links: CauseLink[] = [];
  const seen = new Set<string>();
  const push = (from: LinkEnd | undefined, to: LinkEnd, via: CauseLink['via'], likelier: boolean) => {
    if (!from) return;
    const key = `${from.kind}:${from.at}:${from.id}>${to.kind}:${to.at}:${to.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ from, to, via, sentence: sentence(from, to, likelier) });
  };

  state.history.forEach((turn, i) => {
    const decision = decisionOf(campaign, turn.decision) as Decision;
    for (const fired of turn.events) {
      const event = eventOf(campaign, fired.id);
      if (!event) continue;
      const to: LinkEnd = {
        at: i + 1,
        kind: 'event',
        id: event.id,
        label: event.title,
        stage: decision.stage,
        teaches: event.teaches,
        tone: event.kind,
      };
      for (const cause of fired.causes) {
        if (cause.kind === 'flag') {
          if (cause.add < 0) continue;
          push(fromOrigin(campaign, state, cause.flag), to, { kind: 'flag', flag: cause.flag }, cause.add > 0);
        } else if (cause.add > 0) {
          const direction = cause.above !== undefined ? 1 : -1;
          const p = pusher(state, cause.meter, i, direction);
          const meter = meterOf(campaign, cause.meter);
          if (p && meter)
            push(
              fromChoice(campaign, state, p.turn),
              to,
              { kind: 'meter', meter: meter.id, label: meter.label, change: p.change },
              true,
            );
        }
      }
    }
    if (turn.branch) {
      const next = decisionOf(campaign, turn.branch.next);
      if (next) {
        const to: LinkEnd = { at: i + 2, kind: 'branch', id: next.id, label: next.title, stage: next.stage };
        for (const flag of turn.branch.flags)
          push(fromOrigin(campaign, state, flag), to, { kind: 'flag', flag }, false);
      }
    }
  });

  if (state.current === null && state.history.length > 0) {
    const ending = outcome(state).ending;
    const last = decisionOf(campaign, state.history.at(-1)?.decision ?? null) as Decision;
    const to: LinkEnd = {
      at: state.history.length,
      kind: 'ending',
      id: ending.id,
      label: ending.title,
      stage: last.stage,
    };
    for (const flag of ending.when?.flags ?? [])
      push(fromOrigin(campaign, state, flag), to, { kind: 'flag', flag }, false);
  }
  return links;
}

/** One of the reader's decisions, as `replayOnSeeds` reuses it. */
export interface RecordedChoice {
  decision: string;
  choice: string;
}

export interface SeedReplay {
  seed: number;
  state: RunState;
  outcome: Outcome;
  /** How many decisions the reader never faced in their own run, where the fallback rule chose. */
  fallbacks: number;
}

/**
 * The choice to replay at a decision. If the reader made this decision, the same choice. If a
 * different branch brought up a decision the reader never saw, the choice at the same position in
 * the list as the reader's choice at the same step (the last position when the list is shorter;
 * the first choice when the reader's run was shorter).
 */
function replayChoice(
  decision: Decision,
  step: number,
  recorded: readonly RecordedChoice[],
  indexes: readonly number[],
): { choice: Choice; fallback: boolean } {
  const same = recorded.find((r) => r.decision === decision.id);
  const choice = same && choiceOf(decision, same.choice);
  if (choice) return { choice, fallback: false };
  const position = Math.min(indexes[step] ?? 0, decision.choices.length - 1);
  return { choice: decision.choices[position] as Choice, fallback: true };
}

/** The reader's choices replayed on other seeds (see `replayChoice` for decisions the reader never saw). */
export function replayOnSeeds(
  scenario: Scenario,
  role: Role,
  choices: readonly RecordedChoice[],
  seeds: readonly number[],
): SeedReplay[] {
  return seeds.map((seed) => {
    let state = start(scenario, role, seed);
    const campaign = campaignOfState(state);
    const indexes = choices.map((r) => {
      const d = decisionOf(campaign, r.decision);
      return d
        ? Math.max(
            0,
            d.choices.findIndex((c) => c.id === r.choice),
          )
        : 0;
    });
    let fallbacks = 0;
    for (let decision = currentDecision(state); decision; decision = currentDecision(state)) {
      const { choice, fallback } = replayChoice(decision, state.history.length, choices, indexes);
      if (fallback) fallbacks++;
      state = choose(state, choice.id);
    }
    return { seed, state, outcome: outcome(state), fallbacks };
  });
}

/** How one meter ended across several runs. */
export interface MeterSpread {
  id: string;
  label: string;
  good: Meter['good'];
  min: number;
  max: number;
  mean: number;
  /** Standard deviation (population). */
  sd: number;
}

export function meterSpread(campaign: Campaign, states: readonly RunState[]): MeterSpread[] {
  return campaign.meters.map((m) => {
    const values = states.map((s) => s.meters[m.id] ?? m.start);
    const n = Math.max(1, values.length);
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
    return {
      id: m.id,
      label: m.label,
      good: m.good,
      min: values.length ? Math.min(...values) : m.start,
      max: values.length ? Math.max(...values) : m.start,
      mean: Math.round(mean * 10) / 10,
      sd: Math.round(sd * 10) / 10,
    };
  });
}

/** How many runs reached each ending, in the campaign's order (endings reached by none are listed with 0). */
export function endingCounts(
  campaign: Campaign,
  outcomes: readonly Outcome[],
): { id: string; title: string; tone: string; count: number }[] {
  return campaign.endings.map((e) => ({
    id: e.id,
    title: e.title,
    tone: e.tone,
    count: outcomes.filter((o) => o.ending.id === e.id).length,
  }));
}

export interface Debrief {
  outcome: Outcome;
  series: MeterSeries[];
  chain: CauseLink[];
  luck: {
    /** The reader's choices replayed on these seeds (derived from the reader's seed, so the same every time). */
    replays: SeedReplay[];
    spread: MeterSpread[];
    endings: ReturnType<typeof endingCounts>;
  };
  /** Every bot on the reader's seed. */
  bots: { bot: Pick<Bot, 'id' | 'label' | 'description'>; outcome: Outcome }[];
  reflection: string[];
}

/** The whole debrief of a run. `seeds` is how many other seeds to replay the reader's choices on. */
export function debrief(state: RunState, seeds = 20): Debrief {
  const campaign = campaignOfState(state);
  const recorded = state.history.map((t) => ({ decision: t.decision, choice: t.choice }));
  const replays = replayOnSeeds(state.scenario, state.role, recorded, deriveSeeds(state.seed, seeds));
  return {
    outcome: outcome(state),
    series: meterSeries(state),
    chain: causalChain(state),
    luck: {
      replays,
      spread: meterSpread(
        campaign,
        replays.map((r) => r.state),
      ),
      endings: endingCounts(
        campaign,
        replays.map((r) => r.outcome),
      ),
    },
    bots: botsOnSeed(state.scenario, state.role, state.seed).map(({ bot, state: s }) => ({
      bot: { id: bot.id, label: bot.label, description: bot.description },
      outcome: outcome(s),
    })),
    reflection: [...campaign.reflection],
  };
}
