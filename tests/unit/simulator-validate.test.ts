/** The validator and the schema: each kind of broken scenario is rejected, naming the file and the decision. */
import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  replayOnSeeds,
  start,
  choose,
  currentDecision,
  validateScenario,
  type Campaign,
  type Decision,
  type Role,
  type Scenario,
} from '../../src/lib/simulator';
import { scenarioSchema } from '../../src/schemas';
import { rawScenario } from './simulator-fixtures';

const why = 'Because this is how the tests want it to land, in a sentence.';

function decision(id: string, next: string, stage: Decision['stage']): Decision {
  return {
    id,
    stage,
    title: `Decision ${id}`,
    prompt: 'A situation that needs a call, described in enough words to pass.',
    choices: [
      {
        id: 'a',
        label: 'Choice A',
        effects: { one: 5 },
        why,
        otherRole: 'The other chair shrugs.',
        teaches: '/guides/working-together/',
        practice: 'good',
      },
      {
        id: 'b',
        label: 'Choice B',
        effects: { two: -5 },
        why,
        otherRole: 'The other chair frowns.',
        teaches: '/guides/working-together/',
        practice: 'careless',
      },
    ],
    next,
  };
}

/** A valid campaign: decisions d1..d{count} in a line, four meters, two events, two endings. */
function campaign(role: Role, count = 8): Campaign {
  const stage = role === 'product' ? 'discovery' : 'initiating';
  const decisions = Array.from({ length: count }, (_, i) =>
    decision(`d${i + 1}`, i + 1 === count ? 'end' : `d${i + 2}`, stage),
  );
  decisions[0]!.controls = 'Pick a choice with its button and read what changed.';
  decisions[2]!.moment = 'shared-moment';
  return {
    role,
    title: `${role} campaign`,
    brief: 'A brief long enough for the schema to accept it as a brief.',
    meters: ['one', 'two', 'three', 'four'].map((id) => ({
      id,
      label: id,
      meaning: `What ${id} means.`,
      start: 50,
      good: 'up' as const,
      danger: { below: 20 },
    })),
    start: 'd1',
    decisions,
    events: [
      {
        id: 'good-news',
        title: 'Good news',
        text: 'Something good happened.',
        kind: 'good',
        odds: 0.1,
        effects: { one: 5 },
        why,
        teaches: '/glossary/',
      },
      {
        id: 'bad-news',
        title: 'Bad news',
        text: 'Something bad happened.',
        kind: 'bad',
        odds: 0.1,
        effects: { two: -5 },
        why,
        teaches: '/glossary/',
      },
    ],
    endings: [
      { id: 'won', title: 'Won', text: 'Everything went well.', tone: 'win', when: { maxDanger: 0 } },
      { id: 'lost', title: 'Lost', text: 'Something went wrong.', tone: 'loss' },
    ],
    reflection: ['What happened?', 'Why?', 'What next?'],
  };
}

function scenario(): Scenario {
  return {
    id: 'test',
    version: 1,
    title: 'Test',
    summary: 'A test',
    brief: 'A test',
    campaigns: [campaign('product'), campaign('project')],
  };
}

function problems(mutate: (s: Scenario) => void): string[] {
  const s = scenario();
  mutate(s);
  return validateScenario(s, 'test.yaml').map(formatProblem);
}

const product = (s: Scenario) => s.campaigns[0]!;
const d = (s: Scenario, id: string) => product(s).decisions.find((x) => x.id === id)!;

describe('validateScenario', () => {
  it('accepts a valid scenario', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('rejects a choice leading nowhere', () => {
    expect(problems((s) => (d(s, 'd3').choices[1]!.next = 'nowhere'))).toContain(
      'test.yaml, product campaign, decision "d3": choice "b" leads to "nowhere", which is not a decision (nor "end")',
    );
  });

  it('rejects an unreachable decision', () => {
    expect(problems((s) => product(s).decisions.push(decision('orphan', 'end', 'discovery')))).toContain(
      'test.yaml, product campaign, decision "orphan": cannot be reached from the start',
    );
  });

  it('rejects a dead end, and says no run reaches an ending', () => {
    const found = problems((s) => (d(s, 'd8').next = 'd7'));
    expect(found).toContain(
      'test.yaml, product campaign, decision "d8": is a dead end: no run from here reaches an ending',
    );
    expect(found).toContain('test.yaml, product campaign: no run from the start reaches an ending');
  });

  it('rejects a campaign whose endings cannot catch every run', () => {
    expect(problems((s) => (product(s).endings[1]!.when = { minDanger: 1 }))).toContain(
      'test.yaml, product campaign: the last ending ("lost") must have no conditions, so every run ends somewhere',
    );
  });

  it('rejects a run longer than 12 decisions, and a loop', () => {
    const s = scenario();
    s.campaigns[1] = campaign('project', 13);
    s.campaigns[1].decisions[2]!.moment = 'shared-moment';
    expect(validateScenario(s, 'test.yaml').map(formatProblem)).toContain(
      'test.yaml, project campaign: a run can be 13 decisions long; keep every run within 12',
    );
    expect(problems((s) => (d(s, 'd5').choices[0]!.next = 'd2')).join('\n')).toMatch(
      /decision "d\d": is part of a loop/,
    );
  });

  it('rejects a run shorter than 8 decisions', () => {
    expect(problems((s) => (d(s, 'd2').choices[0]!.next = 'end'))).toContain(
      'test.yaml, product campaign: a run can be only 2 decisions long; give every run at least 8',
    );
  });

  it('rejects an effect on an unknown meter, in a choice or an event', () => {
    expect(problems((s) => (d(s, 'd4').choices[0]!.effects = { moral: 5 }))).toContain(
      'test.yaml, product campaign, decision "d4": choice "a" has an effect on unknown meter "moral"',
    );
    expect(problems((s) => (product(s).events[0]!.effects = { moral: 5 }))).toContain(
      'test.yaml, product campaign: event "good-news" has an effect on unknown meter "moral"',
    );
  });

  it('rejects a missing "why", for a choice, for the other role, and for an event', () => {
    expect(problems((s) => (d(s, 'd6').choices[1]!.why = ' '))).toContain(
      'test.yaml, product campaign, decision "d6": choice "b" has no "why"',
    );
    expect(problems((s) => (d(s, 'd6').choices[1]!.otherRole = ''))).toContain(
      'test.yaml, product campaign, decision "d6": choice "b" does not say how the other role sees it ("otherRole")',
    );
    expect(problems((s) => (product(s).events[1]!.why = ''))).toContain(
      'test.yaml, product campaign: event "bad-news" has no "why"',
    );
  });

  it('rejects a stage of the wrong role, a flag nobody sets, a moment in one campaign only, and a first decision that does not teach the controls', () => {
    expect(problems((s) => (d(s, 'd2').stage = 'planning'))).toContain(
      'test.yaml, product campaign, decision "d2": stage "planning" is not a product stage (use discovery, definition, delivery, launch, growth)',
    );
    expect(problems((s) => (d(s, 'd2').branches = [{ flags: ['ghost'], next: 'd3' }]))).toContain(
      'test.yaml, product campaign, decision "d2": a branch looks at flag "ghost", which no choice or event sets',
    );
    expect(problems((s) => (d(s, 'd5').moment = 'lonely'))).toContain(
      'test.yaml, product campaign, decision "d5": moment "lonely" is not in the other campaign: a shared moment needs both chairs',
    );
    expect(problems((s) => delete d(s, 'd1').controls)).toContain(
      'test.yaml, product campaign, decision "d1": the first decision should teach the controls ("controls")',
    );
  });

  it('rejects a campaign that says it cannot be won but has a win ending', () => {
    expect(problems((s) => (product(s).unwinnable = 'It cannot be won.'))).toContain(
      'test.yaml, product campaign: says it cannot be fully won ("unwinnable") but has a "win" ending',
    );
  });
});

describe('the collection schema fails on a broken file, naming file and decision', () => {
  type Raw = { campaigns: { decisions: { id: string; choices: Record<string, unknown>[] }[] }[] };
  it('for a choice with no "why"', () => {
    const raw = rawScenario('campus-app') as unknown as Raw;
    delete raw.campaigns[0]!.decisions[1]!.choices[0]!.why;
    const result = scenarioSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(
      'campus-app.yaml, product campaign, decision "pick-problem": choice "study-rooms" has no "why"',
    );
  });
  it('for a choice leading nowhere and an unknown meter', () => {
    const raw = rawScenario('community-centre') as unknown as Raw;
    const choice = raw.campaigns[1]!.decisions[3]!.choices[0]!;
    choice.next = 'the-moon';
    choice.effects = { morale: 5 };
    const messages = scenarioSchema.safeParse(raw).error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain(
      'community-centre.yaml, project campaign, decision "contingency": choice "hold-contingency" leads to "the-moon", which is not a decision (nor "end")',
    );
    expect(messages).toContain(
      'community-centre.yaml, project campaign, decision "contingency": choice "hold-contingency" has an effect on unknown meter "morale"',
    );
  });
});

describe('replayOnSeeds on a decision the reader never saw', () => {
  // An event at d2 (the only definition-stage decision) sets a flag that branches to d3b instead of d3.
  function branching(): Scenario {
    const s = scenario();
    const c = product(s);
    d(s, 'd2').stage = 'definition';
    d(s, 'd2').branches = [{ flags: ['storm'], next: 'd3b' }];
    const d3b = decision('d3b', 'd4', 'discovery');
    d3b.choices.push({ ...d3b.choices[0]!, id: 'c', label: 'Choice C' });
    c.decisions.push(d3b);
    c.events.push({
      id: 'storm',
      title: 'A storm',
      text: 'A storm hits the town.',
      kind: 'bad',
      odds: 0.5,
      stages: ['definition'],
      effects: { three: -5 },
      why,
      teaches: '/glossary/',
      sets: ['storm'],
    });
    return s;
  }

  it('uses the reader’s own choice where they made that decision, and the same position where they did not', () => {
    const s = branching();
    expect(validateScenario(s, 'test.yaml')).toEqual([]);
    const run = (seed: number) => {
      let state = start(s, 'product', seed);
      for (let x = currentDecision(state); x; x = currentDecision(state))
        state = choose(state, x.id === 'd3b' ? 'c' : 'b');
      return state;
    };
    const seeds = Array.from({ length: 40 }, (_, i) => i);
    const stormy = seeds.map(run).find((st) => st.history.some((t) => t.decision === 'd3b'))!;
    const calm = seeds.filter((seed) => !run(seed).history.some((t) => t.decision === 'd3b'));
    expect(calm.length).toBeGreaterThan(0);
    const recorded = stormy.history.map((t) => ({ decision: t.decision, choice: t.choice }));
    const [replay] = replayOnSeeds(s, 'product', recorded, [calm[0]!]);
    // d3 was never seen: the reader chose "c" (position 2) at step 3; d3 has two choices, so the last one, "b".
    expect(replay!.fallbacks).toBe(1);
    expect(replay!.state.history.map((t) => t.choice)).toEqual(
      stormy.history.map((t) => (t.choice === 'c' ? 'b' : t.choice)),
    );
  });
});
