/** The simulator island's model: runs from links, choices, the other chair, and play again. */
import { describe, expect, it } from 'vitest';
import { SimulatorModel } from '../../src/lib/simulator/model';
import { parseSeed, seedText } from '../../src/lib/simulator/tool-data';
import { debrief, encodeRun, runLinkOf } from '../../src/lib/simulator';
import { scenarios } from './simulator-fixtures';

const first = scenarios[0]!;

describe('SimulatorModel', () => {
  it('starts with no run and an empty query', () => {
    const model = new SimulatorModel(scenarios);
    expect(model.load('')).toBe(false);
    expect(model.state.value).toBeNull();
    expect(model.search.value).toBe('');
  });

  it('plays a run to its end, and its link replays to the same state and debrief', () => {
    const model = new SimulatorModel(scenarios);
    model.begin(first.id, 'project', 12345);
    while (model.decision.value) model.choose(model.decision.value.choices[0]!.id);
    expect(model.finished.value).toBe(true);
    const report = debrief(model.state.value!);
    expect(report.outcome.finished).toBe(true);
    const again = new SimulatorModel(scenarios);
    expect(again.load(model.search.value)).toBe(false);
    expect(again.state.value?.meters).toEqual(model.state.value?.meters);
    expect(debrief(again.state.value!).chain).toEqual(report.chain);
  });

  it('keeps the seed for the other chair and changes it to play again', () => {
    const model = new SimulatorModel(scenarios);
    model.begin(first.id, 'product', 777);
    model.otherChair();
    expect(model.state.value).toMatchObject({ role: 'project', seed: 777 });
    model.playAgain(778);
    expect(model.state.value).toMatchObject({ role: 'project', seed: 778 });
    expect(model.state.value?.history).toHaveLength(0);
  });

  it('reports an unusable link and starts fresh; takes a valid link as it is', () => {
    const model = new SimulatorModel(scenarios);
    expect(model.load('?run=nothing.1.product.a.')).toBe(true);
    expect(model.state.value).toBeNull();
    expect(model.notices.value[0]?.kind).toBe('bad-run');
    const link = encodeRun(runLinkOf(startState()));
    expect(model.load(`?run=${link}`)).toBe(false);
    expect(model.notices.value).toEqual([]);
  });
});

function startState() {
  const model = new SimulatorModel(scenarios);
  model.begin(first.id, 'product', 42);
  return model.state.value!;
}

describe('seeds as readers type them', () => {
  it('round-trips and refuses what a run link could not hold', () => {
    for (const seed of [1, 42, 2_176_782_335]) expect(parseSeed(seedText(seed))).toBe(seed);
    expect(parseSeed(' Class1 ')).toBe(parseInt('class1', 36));
    for (const bad of ['', 'abc-1', 'zzzzzzzz', 'é']) expect(parseSeed(bad)).toBeNull();
  });
});
