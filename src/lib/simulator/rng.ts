/**
 * A small seeded random source (mulberry32). Its whole state is one 32-bit number, kept in the
 * run state, so a turn is a pure function of the state before it.
 */

/** The largest seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffffffff;

/** Turns any number into a valid seed (an unsigned 32-bit integer). */
export function toSeed(value: number): number {
  return Number.isFinite(value) ? Math.trunc(value) >>> 0 : 0;
}

/** One draw: a number in [0, 1) and the state to use for the next draw. */
export function draw(state: number): [value: number, next: number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** A stateful generator for code that does not keep the state itself (bots, seed lists). */
export function createRandom(seed: number): () => number {
  let state = toSeed(seed);
  return () => {
    const [value, next] = draw(state);
    state = next;
    return value;
  };
}

/** `count` seeds derived from one seed, none equal to it: the same input gives the same list. */
export function deriveSeeds(seed: number, count: number): number[] {
  const random = createRandom(toSeed(seed) ^ 0x5eed5eed);
  const seeds: number[] = [];
  while (seeds.length < count) {
    const next = Math.floor(random() * MAX_SEED) + 1;
    if (next !== seed && !seeds.includes(next)) seeds.push(next);
  }
  return seeds;
}
