/**
 * The shape of a scenario once the schema has checked it, and of a run. The engine depends on
 * these plain types, not on Zod or Astro, so the island and the unit tests use it as is.
 */
import type { Field } from '../site/fields';

/** The two chairs a reader can play an initiative from. */
export type Role = Field;

/** The five PMI process groups (project campaigns). */
export const PROJECT_STAGES = ['initiating', 'planning', 'executing', 'monitoring-and-controlling', 'closing'] as const;
/** The product lifecycle stages the site teaches (product campaigns). */
export const PRODUCT_STAGES = ['discovery', 'definition', 'delivery', 'launch', 'growth'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];
export type ProductStage = (typeof PRODUCT_STAGES)[number];
export type Stage = ProjectStage | ProductStage;

/** Which way a meter should move: tech debt and risk are better low. */
export type GoodDirection = 'up' | 'down';

/** The band in which a meter is in trouble: below a threshold, or above one. */
export interface DangerZone {
  below?: number | undefined;
  above?: number | undefined;
}

export interface Meter {
  id: string;
  label: string;
  /** One line: what the number means. */
  meaning: string;
  start: number;
  good: GoodDirection;
  danger: DangerZone;
}

/** Changes to meters, keyed by meter id (positive or negative). */
export type Effects = Record<string, number>;

/** How a bot recognises a choice; `practice` says whether the site would call it good practice. */
export type Practice = 'good' | 'neutral' | 'careless';
export type ChoiceStyle = 'cautious' | 'overcommit' | 'cut-scope';

/** A branch: when every listed flag is set (and none of `unless`), go to `next` instead. */
export interface Branch {
  flags: string[];
  unless?: string[] | undefined;
  next: string;
}

export interface Choice {
  id: string;
  label: string;
  effects: Effects;
  /** Why it lands this way, in two or three sentences. */
  why: string;
  /** How the other chair would see this choice. */
  otherRole: string;
  /** A page of the site where the idea is taught: `/process-groups/planning/`, `/glossary/#scope-creep`. */
  teaches: string;
  practice?: Practice | undefined;
  style?: ChoiceStyle[] | undefined;
  /** Flags this choice sets, which events, branches and endings can look at. */
  sets?: string[] | undefined;
  /** The next decision id, or `end`; overrides the decision's `next`. */
  next?: string | undefined;
}

export interface Decision {
  id: string;
  stage: Stage;
  /** A moment shared by both campaigns of an initiative (`late-scope-change`). */
  moment?: string | undefined;
  title: string;
  prompt: string;
  /** A hint on how to play, shown on the first decision. */
  controls?: string | undefined;
  choices: Choice[];
  /** Where the run goes after this decision unless a choice or a branch says otherwise: an id or `end`. */
  next: string;
  /** Checked in order after the choice's own `next`: the first branch whose flags hold wins. */
  branches?: Branch[] | undefined;
}

/** A meter condition: `above` or `below` a value (strictly). */
export interface MeterCondition {
  meter: string;
  above?: number | undefined;
  below?: number | undefined;
}

/** Something that changes an event's odds when it holds. */
export interface OddsModifier {
  flag?: string | undefined;
  meter?: string | undefined;
  above?: number | undefined;
  below?: number | undefined;
  /** Added to the odds (0..1) while the condition holds; may be negative. */
  add: number;
}

export interface ScenarioEvent {
  id: string;
  title: string;
  text: string;
  kind: 'good' | 'bad';
  /** Chance per turn before modifiers, 0..1. */
  odds: number;
  modifiers?: OddsModifier[] | undefined;
  /** The event can only fire in these stages (all stages when absent). */
  stages?: Stage[] | undefined;
  /** Flags that must all be set for the event to be possible. */
  requires?: string[] | undefined;
  effects: Effects;
  why: string;
  teaches: string;
  /** Flags the event sets when it fires. */
  sets?: string[] | undefined;
}

export interface EndingCondition {
  /** At most this many meters in their danger zone. */
  maxDanger?: number | undefined;
  /** At least this many meters in their danger zone. */
  minDanger?: number | undefined;
  meters?: MeterCondition[] | undefined;
  flags?: string[] | undefined;
}

export interface Ending {
  id: string;
  title: string;
  text: string;
  tone: 'win' | 'mixed' | 'loss';
  /** Absent on the last ending, which catches every run. */
  when?: EndingCondition | undefined;
}

export interface Campaign {
  role: Role;
  title: string;
  brief: string;
  /** When present, the campaign cannot be fully won, and this says why. */
  unwinnable?: string | undefined;
  meters: Meter[];
  start: string;
  decisions: Decision[];
  events: ScenarioEvent[];
  endings: Ending[];
  reflection: string[];
}

export interface Scenario {
  id: string;
  version: number;
  title: string;
  summary: string;
  brief: string;
  campaigns: Campaign[];
}

/** Where a flag came from: the turn (0-based) and the choice or event that set it. */
export interface FlagOrigin {
  turn: number;
  source: 'choice' | 'event';
  id: string;
}

/** Something in the state that made an event possible or likelier when it fired. */
export type EventCause =
  | { kind: 'flag'; flag: string; add: number }
  | { kind: 'meter'; meter: string; above?: number | undefined; below?: number | undefined; add: number };

/** One event that fired, with what it did. */
export interface FiredEvent {
  id: string;
  /** The odds it had when drawn (0..1), after modifiers. */
  odds: number;
  deltas: Effects;
  /** Modifiers and required flags that held when it fired (`add` 0 for a required flag). */
  causes: EventCause[];
}

/** One turn of a run. */
export interface Turn {
  decision: string;
  choice: string;
  /** Index of the choice in its decision, as the URL stores it. */
  index: number;
  /** What the choice did to each meter after clamping. */
  deltas: Effects;
  events: FiredEvent[];
  /** Meters at the end of the turn. */
  meters: Record<string, number>;
  /** When a branch chose the next decision, the flags that took it there. */
  branch?: { flags: string[]; next: string } | undefined;
}

export interface RunState {
  /** The scenario being played (a reference, not a copy). */
  scenario: Scenario;
  scenarioId: string;
  version: number;
  role: Role;
  seed: number;
  /** The PRNG's internal state after the last draw. */
  rng: number;
  meters: Record<string, number>;
  flags: string[];
  /** For each flag set, where it came from (for the debrief's chain of causes). */
  flagOrigins: Record<string, FlagOrigin>;
  /** The decision to make now, or null when the run is over. */
  current: string | null;
  history: Turn[];
}
