/**
 * The simulator island's state as signals, next to the engine (the same shape as the comparison's
 * and the quiz's models). The whole run lives in the URL, `?run=campus-app.1.product.k3x9p2.0210`,
 * and is replayed from it, so a reload or a shared link shows exactly the same run and a link
 * cannot describe a run the rules do not allow. No DOM here: the island passes in the query
 * string and fresh seeds.
 */
import { action, computed, createModel, signal } from '@preact/signals-core';
import { campaignOfState, choose as chooseChoice, currentDecision, isFinished, start } from './engine';
import { outcome } from './outcome';
import { decodeRun, encodeRun, runLinkOf } from './run-link';
import { otherRole } from './lookup';
import type { Role, RunState, Scenario } from './types';
import type { Notice } from '../tool/notices';

export type SimulatorNotice = Notice<'bad-run'>;

/**
 * How many other seeds the debrief replays the reader's choices on. The debrief itself
 * (src/lib/simulator/debrief.ts) is computed by the debrief view, which loads only when a run
 * ends, so the engine's first screen ships without the replays and the bots.
 */
export const DEBRIEF_SEEDS = 20;

export const SimulatorModel = createModel((scenarios: readonly Scenario[]) => {
  const state = signal<RunState | null>(null);
  const notices = signal<SimulatorNotice[]>([]);

  const search = computed(() => (state.value ? `?run=${encodeRun(runLinkOf(state.value))}` : ''));
  const decision = computed(() => (state.value ? currentDecision(state.value) : undefined));
  const campaign = computed(() => (state.value ? campaignOfState(state.value) : undefined));
  const finished = computed(() => (state.value ? isFinished(state.value) : false));
  const result = computed(() => (state.value ? outcome(state.value) : undefined));

  return {
    state,
    notices,
    search,
    decision,
    campaign,
    finished,
    result,
    /** Restores a run from a query string (`?run=...`). True when the URL had to be corrected. */
    load: action((query: string): boolean => {
      let params: URLSearchParams;
      try {
        params = new URLSearchParams(query);
      } catch {
        params = new URLSearchParams();
      }
      const run = params.get('run');
      if (run === null || run.trim() === '') {
        state.value = null;
        notices.value = [];
        return run !== null;
      }
      const decoded = decodeRun(scenarios, run.trim());
      if (decoded.ok) {
        state.value = decoded.state;
        notices.value = [];
        return encodeRun(decoded.run) !== run;
      }
      state.value = null;
      notices.value = [{ kind: 'bad-run', message: decoded.message }];
      return true;
    }),
    begin: action((scenarioId: string, role: Role, seed: number) => {
      const scenario = scenarios.find((s) => s.id === scenarioId);
      if (!scenario) return;
      notices.value = [];
      state.value = start(scenario, role, seed);
    }),
    choose: action((choiceId: string) => {
      if (state.value && !isFinished(state.value)) state.value = chooseChoice(state.value, choiceId);
    }),
    /** The same initiative and chair in a new world (a new seed). */
    playAgain: action((seed: number) => {
      if (state.value) state.value = start(state.value.scenario, state.value.role, seed);
    }),
    /** The same world (the same seed), played from the other chair. */
    otherChair: action(() => {
      if (state.value) state.value = start(state.value.scenario, otherRole(state.value.role), state.value.seed);
    }),
    /** Back to choosing an initiative and a chair. */
    leave: action(() => {
      state.value = null;
      notices.value = [];
    }),
    dismissNotices: action(() => {
      notices.value = [];
    }),
  };
});

export type SimulatorModel = InstanceType<typeof SimulatorModel>;
