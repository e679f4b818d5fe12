/**
 * Strategy bots, for the balance tests and for the debrief's "the bots on your seed". Each bot reads
 * the tags the scenario puts on choices: `practice: good | neutral | careless` (what the site
 * teaches) and `style: [cautious, overcommit, cut-scope]`. When no choice carries a bot's tag it
 * falls back to a rule of its own (below). A bot's own coin is separate from the world's, so the
 * world's events depend only on the seed and the choices.
 */
import { choose, currentDecision, start } from './engine';
import { campaignOf } from './lookup';
import { createRandom } from './rng';
import type { Campaign, Choice, Decision, Role, RunState, Scenario } from './types';

export type BotId = 'random' | 'cautious' | 'overcommit' | 'cut-scope' | 'good-practice';

export interface Bot {
  id: BotId;
  label: string;
  /** One sentence for the debrief: how the bot plays. */
  description: string;
  pick(decision: Decision, campaign: Campaign, random: () => number): Choice;
}

function any(choices: readonly Choice[], random: () => number): Choice {
  return choices[Math.floor(random() * choices.length)] ?? (choices[0] as Choice);
}

/** How much a choice's effects move meters the good way, summed (the greedy, short-term view). */
function immediateGain(choice: Choice, campaign: Campaign): number {
  let sum = 0;
  for (const [id, change] of Object.entries(choice.effects)) {
    const meter = campaign.meters.find((m) => m.id === id);
    if (meter) sum += meter.good === 'up' ? change : -change;
  }
  return sum;
}

function totalChange(choice: Choice): number {
  return Object.values(choice.effects).reduce((s, v) => s + Math.abs(v), 0);
}

function best(choices: readonly Choice[], score: (c: Choice) => number): Choice {
  return choices.reduce((a, b) => (score(b) > score(a) ? b : a));
}

function tagged(decision: Decision, style: NonNullable<Choice['style']>[number]): Choice[] {
  return decision.choices.filter((c) => c.style?.includes(style));
}

export const BOTS: readonly Bot[] = [
  {
    id: 'random',
    label: 'Random',
    description: 'Picks any choice, with equal odds.',
    pick: (d, _c, random) => any(d.choices, random),
  },
  {
    id: 'cautious',
    label: 'Cautious',
    description: 'Takes the safest-looking choice; when none is marked safe, the one that changes the least.',
    pick: (d, _c, random) => {
      const safe = tagged(d, 'cautious');
      return safe.length > 0 ? any(safe, random) : best(d.choices, (c) => -totalChange(c));
    },
  },
  {
    id: 'overcommit',
    label: 'Over-committing',
    description: 'Says yes to everything; when no choice is a yes, takes the biggest gain right now.',
    pick: (d, c, random) => {
      const yes = tagged(d, 'overcommit');
      return yes.length > 0 ? any(yes, random) : best(d.choices, (x) => immediateGain(x, c));
    },
  },
  {
    id: 'cut-scope',
    label: 'Scope-cutting',
    description: 'Cuts scope whenever it can; otherwise picks at random.',
    pick: (d, _c, random) => {
      const cut = tagged(d, 'cut-scope');
      return any(cut.length > 0 ? cut : d.choices, random);
    },
  },
  {
    id: 'good-practice',
    label: 'Good practice',
    description:
      'Does what the site teaches: a choice marked good practice, else a neutral one, never a careless one if it can help it.',
    pick: (d, _c, random) => {
      const good = d.choices.filter((c) => c.practice === 'good');
      if (good.length > 0) return any(good, random);
      const fair = d.choices.filter((c) => c.practice !== 'careless');
      return any(fair.length > 0 ? fair : d.choices, random);
    },
  },
];

export function botById(id: BotId): Bot {
  return BOTS.find((b) => b.id === id) as Bot;
}

/** A bot's own coin for a seed: different per bot, the same every time. */
function botRandom(bot: Bot, seed: number): () => number {
  let h = 0x811c9dc5;
  for (const ch of bot.id) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return createRandom((seed ^ h) >>> 0);
}

/** A whole run played by a bot on a seed. */
export function playBot(scenario: Scenario, role: Role, seed: number, bot: Bot): RunState {
  const campaign = campaignOf(scenario, role);
  if (!campaign) throw new Error(`scenario "${scenario.id}" has no ${role} campaign`);
  const random = botRandom(bot, seed);
  let state = start(scenario, role, seed);
  for (let decision = currentDecision(state); decision; decision = currentDecision(state)) {
    state = choose(state, bot.pick(decision, campaign, random).id);
  }
  return state;
}

/** Every bot's run on one seed (the reader's, in the debrief). */
export function botsOnSeed(scenario: Scenario, role: Role, seed: number): { bot: Bot; state: RunState }[] {
  return BOTS.map((bot) => ({ bot, state: playBot(scenario, role, seed, bot) }));
}
