/**
 * Checks on a scenario that a field-by-field schema cannot make: the decision graph (choices that
 * lead nowhere, unreachable decisions, dead ends, no reachable ending, runs longer than 12
 * decisions, loops), effects on unknown meters, missing "why" text, stages that do not belong to
 * the role, and shared moments. The collection's schema runs it, so any problem fails the build.
 */
import { END, MAX_TURNS } from './lookup';
import { PRODUCT_STAGES, PROJECT_STAGES } from './types';
import type { Campaign, Decision, Effects, Scenario, Stage } from './types';

/** A problem, with the file, the campaign and the decision it is in, so the message points at the YAML. */
export interface ScenarioProblem {
  file: string;
  role?: string | undefined;
  decision?: string | undefined;
  message: string;
}

/** One line for a build log: `campus-app.yaml, project campaign, decision "kickoff": ...`. */
export function formatProblem(p: ScenarioProblem): string {
  const where = [
    p.file,
    p.role !== undefined ? `${p.role} campaign` : '',
    p.decision !== undefined ? `decision "${p.decision}"` : '',
  ]
    .filter((s) => s !== '')
    .join(', ');
  return `${where}: ${p.message}`;
}

/** Where each choice of a decision can lead (its own `next`, else every branch and the decision's `next`). */
export function targetsOf(decision: Decision): string[] {
  const targets = new Set<string>();
  for (const choice of decision.choices) {
    if (choice.next !== undefined) targets.add(choice.next);
    else {
      for (const b of decision.branches ?? []) targets.add(b.next);
      targets.add(decision.next);
    }
  }
  return [...targets];
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** Every run should have at least this many decisions. */
export const MIN_TURNS = 8;

/** The fewest decisions a run from `start` can take to reach the end (0 when it cannot). */
function shortestRun(start: string, byId: ReadonlyMap<string, Decision>): number {
  let frontier = [start];
  const seen = new Set(frontier);
  for (let length = 1; frontier.length > 0 && length <= byId.size; length++) {
    const next: string[] = [];
    for (const id of frontier) {
      const targets = targetsOf(byId.get(id) as Decision);
      if (targets.includes(END)) return length;
      for (const t of targets) {
        if (!byId.has(t) || seen.has(t)) continue;
        seen.add(t);
        next.push(t);
      }
    }
    frontier = next;
  }
  return 0;
}

const STAGES: Record<Campaign['role'], readonly Stage[]> = { product: PRODUCT_STAGES, project: PROJECT_STAGES };

function checkCampaign(campaign: Campaign, add: (message: string, decision?: string) => void): void {
  const meterIds = new Set(campaign.meters.map((m) => m.id));
  const byId = new Map(campaign.decisions.map((d) => [d.id, d]));
  const setFlags = new Set<string>();
  for (const d of campaign.decisions) for (const c of d.choices) for (const f of c.sets ?? []) setFlags.add(f);
  for (const e of campaign.events) for (const f of e.sets ?? []) setFlags.add(f);

  const unknownMeters = (effects: Effects | undefined, what: string, decision?: string) => {
    for (const id of Object.keys(effects ?? {})) {
      if (!meterIds.has(id)) add(`${what} has an effect on unknown meter "${id}"`, decision);
    }
  };
  const knownFlag = (flag: string, what: string, decision?: string) => {
    if (!setFlags.has(flag)) add(`${what} looks at flag "${flag}", which no choice or event sets`, decision);
  };

  for (const id of duplicates(campaign.meters.map((m) => m.id))) add(`meter "${id}" is listed twice`);
  for (const id of duplicates(campaign.decisions.map((d) => d.id))) add(`decision "${id}" is listed twice`, id);
  for (const id of duplicates(campaign.events.map((e) => e.id))) add(`event "${id}" is listed twice`);
  for (const id of duplicates(campaign.endings.map((e) => e.id))) add(`ending "${id}" is listed twice`);
  if (campaign.meters.length < 4 || campaign.meters.length > 6) add(`has ${campaign.meters.length} meters; use 4 to 6`);
  for (const m of campaign.meters) {
    if (m.danger.below === undefined && m.danger.above === undefined) add(`meter "${m.id}" has no danger zone`);
    if (m.good === 'up' && m.danger.below === undefined)
      add(`meter "${m.id}" is better high, so its danger zone should be "below"`);
    if (m.good === 'down' && m.danger.above === undefined)
      add(`meter "${m.id}" is better low, so its danger zone should be "above"`);
  }

  // The graph.
  if (!byId.has(campaign.start)) add(`starts at decision "${campaign.start}", which does not exist`);
  for (const d of campaign.decisions) {
    if (!STAGES[campaign.role].includes(d.stage)) {
      add(`stage "${d.stage}" is not a ${campaign.role} stage (use ${STAGES[campaign.role].join(', ')})`, d.id);
    }
    for (const id of duplicates(d.choices.map((c) => c.id))) add(`choice "${id}" is listed twice`, d.id);
    if (d.choices.length < 2 || d.choices.length > 4) add(`has ${d.choices.length} choices; use 2 to 4`, d.id);
    const leads = (target: string, what: string) => {
      if (target !== END && !byId.has(target))
        add(`${what} leads to "${target}", which is not a decision (nor "${END}")`, d.id);
    };
    leads(d.next, 'its "next"');
    for (const b of d.branches ?? []) {
      leads(b.next, 'a branch');
      for (const f of [...b.flags, ...(b.unless ?? [])]) knownFlag(f, 'a branch', d.id);
    }
    for (const c of d.choices) {
      if (c.next !== undefined) leads(c.next, `choice "${c.id}"`);
      unknownMeters(c.effects, `choice "${c.id}"`, d.id);
      if (c.why.trim() === '') add(`choice "${c.id}" has no "why"`, d.id);
      if (c.otherRole.trim() === '')
        add(`choice "${c.id}" does not say how the other role sees it ("otherRole")`, d.id);
      if (Object.keys(c.effects).length === 0) add(`choice "${c.id}" has no effect on any meter`, d.id);
    }
  }

  const reachable = new Set<string>();
  const stack = byId.has(campaign.start) ? [campaign.start] : [];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (reachable.has(id)) continue;
    reachable.add(id);
    for (const t of targetsOf(byId.get(id) as Decision)) if (t !== END && byId.has(t)) stack.push(t);
  }
  for (const d of campaign.decisions) if (!reachable.has(d.id)) add('cannot be reached from the start', d.id);

  // Which decisions can reach the end, by fixed point.
  const canEnd = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const d of campaign.decisions) {
      if (canEnd.has(d.id)) continue;
      if (targetsOf(d).some((t) => t === END || canEnd.has(t))) {
        canEnd.add(d.id);
        changed = true;
      }
    }
  }
  if (byId.has(campaign.start) && !canEnd.has(campaign.start)) add('no run from the start reaches an ending');
  for (const d of campaign.decisions) {
    if (reachable.has(d.id) && !canEnd.has(d.id)) add('is a dead end: no run from here reaches an ending', d.id);
  }

  // The longest run, counted in decisions; a loop makes runs unbounded.
  const longest = new Map<string, number>();
  const visiting = new Set<string>();
  let looped = false;
  const depth = (id: string): number => {
    const known = longest.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) {
      if (!looped) add('is part of a loop, so a run could go on for ever', id);
      looped = true;
      return Number.POSITIVE_INFINITY;
    }
    visiting.add(id);
    const d = byId.get(id) as Decision;
    const rest = targetsOf(d)
      .filter((t) => t !== END && byId.has(t))
      .map(depth);
    visiting.delete(id);
    const value = 1 + Math.max(0, ...rest);
    longest.set(id, value);
    return value;
  };
  if (byId.has(campaign.start)) {
    const max = depth(campaign.start);
    if (!looped && max > MAX_TURNS) add(`a run can be ${max} decisions long; keep every run within ${MAX_TURNS}`);
    const min = shortestRun(campaign.start, byId);
    if (!looped && min < MIN_TURNS && min > 0)
      add(`a run can be only ${min} decisions long; give every run at least ${MIN_TURNS}`);
  }

  const first = byId.get(campaign.start);
  if (first && (first.controls ?? '').trim() === '')
    add('the first decision should teach the controls ("controls")', first.id);

  // Events and endings.
  for (const e of campaign.events) {
    unknownMeters(e.effects, `event "${e.id}"`);
    if (e.why.trim() === '') add(`event "${e.id}" has no "why"`);
    for (const m of e.modifiers ?? []) {
      if (m.meter !== undefined && !meterIds.has(m.meter))
        add(`event "${e.id}" has odds that depend on unknown meter "${m.meter}"`);
      if (m.flag !== undefined) knownFlag(m.flag, `event "${e.id}"`);
      if ((m.flag === undefined) === (m.meter === undefined))
        add(`event "${e.id}" has a modifier that needs exactly one of "flag" or "meter"`);
    }
    for (const f of e.requires ?? []) knownFlag(f, `event "${e.id}"`);
    if (e.stages && !e.stages.every((s) => STAGES[campaign.role].includes(s)))
      add(`event "${e.id}" names a stage of the other role`);
  }
  const last = campaign.endings.at(-1);
  if (!last) add('has no endings');
  else if (last.when !== undefined)
    add(`the last ending ("${last.id}") must have no conditions, so every run ends somewhere`);
  for (const e of campaign.endings) {
    for (const c of e.when?.meters ?? [])
      if (!meterIds.has(c.meter)) add(`ending "${e.id}" looks at unknown meter "${c.meter}"`);
    for (const f of e.when?.flags ?? []) knownFlag(f, `ending "${e.id}"`);
  }
  const wins = campaign.endings.filter((e) => e.tone === 'win').length;
  if (campaign.unwinnable !== undefined && wins > 0)
    add('says it cannot be fully won ("unwinnable") but has a "win" ending');
  if (campaign.unwinnable === undefined && wins === 0)
    add('has no "win" ending: add one, or say why it cannot be won ("unwinnable")');
  if (campaign.reflection.length < 3 || campaign.reflection.length > 4) add('needs 3 or 4 reflection questions');
}

/**
 * Every problem in a scenario; an empty list means it is playable. `fileName` names the file in
 * each message (`campus-app.yaml`).
 */
export function validateScenario(scenario: Scenario, fileName: string): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  for (const id of duplicates(scenario.campaigns.map((c) => c.role))) {
    problems.push({ file: fileName, message: `has two ${id} campaigns` });
  }
  for (const role of ['product', 'project'] as const) {
    if (!scenario.campaigns.some((c) => c.role === role))
      problems.push({ file: fileName, message: `has no ${role} campaign` });
  }
  for (const campaign of scenario.campaigns) {
    checkCampaign(campaign, (message, decision) =>
      problems.push({ file: fileName, role: campaign.role, decision, message }),
    );
  }
  // Shared moments: each one appears in both campaigns.
  const momentsOf = (c: Campaign) => new Set(c.decisions.flatMap((d) => (d.moment ? [d.moment] : [])));
  for (const campaign of scenario.campaigns) {
    const others = scenario.campaigns.filter((c) => c !== campaign).map(momentsOf);
    for (const d of campaign.decisions) {
      if (d.moment !== undefined && others.length > 0 && !others.some((o) => o.has(d.moment as string))) {
        problems.push({
          file: fileName,
          role: campaign.role,
          decision: d.id,
          message: `moment "${d.moment}" is not in the other campaign: a shared moment needs both chairs`,
        });
      }
    }
  }
  return problems;
}
