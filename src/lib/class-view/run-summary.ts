/**
 * A class's simulator runs, grouped by what makes them comparable: the same scenario, version,
 * chair (campaign) and seed. For each group: how the choices split at each decision, and what
 * happened on each path the class took.
 */
import { campaignOf, decisionOf, roleName, type Ending, type Role } from '../simulator';
import type { RunSubmission } from './decode';

export interface ChoiceSplit {
  id: string;
  label: string;
  count: number;
}

export interface DecisionSplit {
  id: string;
  title: string;
  /** The earliest turn (1-based) at which a student met it. */
  turn: number;
  /** How many students reached it. */
  reached: number;
  choices: ChoiceSplit[];
}

export interface PathOutcome {
  /** The choices' labels in order. */
  steps: string[];
  /** The run code's choice digits, a stable key. */
  key: string;
  count: number;
  /** Who took it (labels). */
  students: string[];
  ending: Pick<Ending, 'id' | 'title' | 'tone'>;
  finished: boolean;
  dangerCount: number;
}

export interface EndingCount {
  id: string;
  title: string;
  tone: Ending['tone'];
  count: number;
}

export interface RunGroup {
  key: string;
  scenarioId: string;
  scenarioTitle: string;
  version: number;
  role: Role;
  roleName: string;
  seed: number;
  runs: number;
  unfinished: number;
  decisions: DecisionSplit[];
  paths: PathOutcome[];
  endings: EndingCount[];
}

export function groupKey(s: RunSubmission): string {
  return `${s.run.scenarioId}.${s.run.version}.${s.run.role}.${s.run.seed.toString(36)}`;
}

/** The groups, largest first (the class's shared seed is normally the first). */
export function summarizeRuns(submissions: readonly RunSubmission[]): RunGroup[] {
  const groups = new Map<string, RunSubmission[]>();
  for (const s of submissions) {
    const key = groupKey(s);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups]
    .map(([key, runs]) => summarizeGroup(key, runs))
    .sort((a, b) => b.runs - a.runs || a.key.localeCompare(b.key));
}

function summarizeGroup(key: string, runs: readonly RunSubmission[]): RunGroup {
  const first = runs[0];
  if (!first) throw new Error('an empty group');
  const scenario = first.state.scenario;
  const campaign = campaignOf(scenario, first.run.role);
  const decisions = new Map<string, DecisionSplit>();
  const paths = new Map<string, PathOutcome>();
  const endings = new Map<string, EndingCount>();
  for (const s of runs) {
    const steps: string[] = [];
    s.state.history.forEach((turn, i) => {
      const decision = campaign ? decisionOf(campaign, turn.decision) : undefined;
      let split = decisions.get(turn.decision);
      if (!split) {
        split = {
          id: turn.decision,
          title: decision?.title ?? turn.decision,
          turn: i + 1,
          reached: 0,
          choices: (decision?.choices ?? []).map((c) => ({ id: c.id, label: c.label, count: 0 })),
        };
        decisions.set(turn.decision, split);
      }
      split.turn = Math.min(split.turn, i + 1);
      split.reached += 1;
      let choice = split.choices.find((c) => c.id === turn.choice);
      if (!choice) {
        choice = { id: turn.choice, label: turn.choice, count: 0 };
        split.choices.push(choice);
      }
      choice.count += 1;
      steps.push(choice.label);
    });
    const pathKey = s.run.choices.join('');
    const path = paths.get(pathKey);
    if (path) {
      path.count += 1;
      path.students.push(s.label);
    } else {
      paths.set(pathKey, {
        steps,
        key: pathKey,
        count: 1,
        students: [s.label],
        ending: { id: s.outcome.ending.id, title: s.outcome.ending.title, tone: s.outcome.ending.tone },
        finished: s.outcome.finished,
        dangerCount: s.outcome.dangerCount,
      });
    }
    const ending = s.outcome.ending;
    const counted = endings.get(ending.id);
    if (counted) counted.count += 1;
    else endings.set(ending.id, { id: ending.id, title: ending.title, tone: ending.tone, count: 1 });
  }
  return {
    key,
    scenarioId: first.run.scenarioId,
    scenarioTitle: scenario.title,
    version: first.run.version,
    role: first.run.role,
    roleName: roleName(first.run.role),
    seed: first.run.seed,
    runs: runs.length,
    unfinished: runs.filter((r) => !r.outcome.finished).length,
    decisions: [...decisions.values()].sort((a, b) => a.turn - b.turn || a.title.localeCompare(b.title)),
    paths: [...paths.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    endings: [...endings.values()].sort((a, b) => b.count - a.count),
  };
}
