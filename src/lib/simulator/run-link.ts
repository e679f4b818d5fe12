/**
 * A run as a short, URL-safe string: `campus-app.1.product.k3x9p2.0210`, that is scenario id,
 * version, role, seed (base 36) and the index of each choice (one digit per decision). Decoding
 * replays the run, so a link can only describe a run the rules allow, and never throws.
 */
import { chooseAll, currentDecision, start } from './engine';
import { MAX_TURNS, campaignOf } from './lookup';
import { MAX_SEED } from './rng';
import type { Role, RunState, Scenario } from './types';

export interface RunLink {
  scenarioId: string;
  version: number;
  role: Role;
  seed: number;
  /** The index of each choice in its decision, in order. */
  choices: number[];
}

export type RunLinkProblem = 'malformed' | 'unknown-scenario' | 'old-version' | 'bad-role' | 'bad-seed' | 'bad-choice';

export type DecodedRun =
  | { ok: true; run: RunLink; state: RunState }
  | {
      ok: false;
      reason: RunLinkProblem;
      /** A sentence for the reader, saying what was wrong and that a fresh run starts instead. */
      message: string;
      /** For `bad-choice`: the decision number (1-based) where the link went wrong. */
      step?: number | undefined;
    };

/** The longest string `decodeRun` looks at. */
export const MAX_LINK_LENGTH = 120;

/** Writes a run as a string for the URL. */
export function encodeRun(run: RunLink): string {
  return [run.scenarioId, String(run.version), run.role, run.seed.toString(36), run.choices.join('')].join('.');
}

/** The link of a state: replaying it gives the same state. */
export function runLinkOf(state: RunState): RunLink {
  return {
    scenarioId: state.scenarioId,
    version: state.version,
    role: state.role,
    seed: state.seed,
    choices: state.history.map((t) => t.index),
  };
}

const FRESH = 'A fresh run has started instead.';

function fail(reason: RunLinkProblem, message: string, step?: number): DecodedRun {
  return step === undefined ? { ok: false, reason, message } : { ok: false, reason, message, step };
}

/** Reads a run string and replays it. Never throws: any problem comes back as a reason and a message. */
export function decodeRun(scenarios: readonly Scenario[], text: unknown): DecodedRun {
  try {
    return decode(scenarios, text);
  } catch {
    return fail('malformed', `This run link could not be read. ${FRESH}`);
  }
}

function decode(scenarios: readonly Scenario[], text: unknown): DecodedRun {
  if (typeof text !== 'string' || text.length > MAX_LINK_LENGTH) {
    return fail('malformed', `This run link could not be read. ${FRESH}`);
  }
  const parts = text.trim().split('.');
  const [id, version, role, seed, choices] = parts;
  if (
    parts.length !== 5 ||
    id === undefined ||
    version === undefined ||
    role === undefined ||
    seed === undefined ||
    choices === undefined
  ) {
    return fail('malformed', `This run link is incomplete or has been changed. ${FRESH}`);
  }
  const scenario = scenarios.find((s) => s.id === id);
  if (!scenario)
    return fail('unknown-scenario', `This run link names a scenario the simulator does not have. ${FRESH}`);
  if (!/^\d{1,4}$/.test(version)) return fail('malformed', `This run link has no readable scenario version. ${FRESH}`);
  if (Number(version) !== scenario.version) {
    return fail(
      'old-version',
      `This run was played on version ${Number(version)} of “${scenario.title}”, which has changed since (it is now version ${scenario.version}), so it cannot be replayed exactly. ${FRESH}`,
    );
  }
  if (role !== 'product' && role !== 'project')
    return fail('bad-role', `This run link names a role the simulator does not have. ${FRESH}`);
  if (!campaignOf(scenario, role))
    return fail('bad-role', `“${scenario.title}” cannot be played in that role. ${FRESH}`);
  if (!/^[0-9a-z]{1,7}$/.test(seed) || parseInt(seed, 36) > MAX_SEED) {
    return fail('bad-seed', `This run link has a seed the simulator cannot use. ${FRESH}`);
  }
  if (!/^\d{0,12}$/.test(choices) || choices.length > MAX_TURNS) {
    return fail('bad-choice', `This run link lists choices the simulator cannot read. ${FRESH}`);
  }
  const run: RunLink = {
    scenarioId: scenario.id,
    version: scenario.version,
    role,
    seed: parseInt(seed, 36),
    choices: [...choices].map(Number),
  };
  let state = start(scenario, role, run.seed);
  for (const [i, index] of run.choices.entries()) {
    const decision = currentDecision(state);
    const choice = decision?.choices[index];
    if (!decision || !choice) {
      return fail(
        'bad-choice',
        decision
          ? `This run link asks for a choice that decision ${i + 1} does not have, so it was changed by hand or comes from another version. ${FRESH}`
          : `This run link goes on after the run has ended. ${FRESH}`,
        i + 1,
      );
    }
    state = chooseAll(state, [choice.id]);
  }
  return { ok: true, run, state };
}
