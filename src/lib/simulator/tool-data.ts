/** The simulator island's data, /simulator/data.json: every scenario, as the schema checked it at build. */
import type { Scenario } from './types';

export const SIMULATOR_DATA_PATH = '/simulator/data.json';

export function isScenarioList(value: unknown): value is Scenario[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (s) =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as Record<string, unknown>)['id'] === 'string' &&
        Array.isArray((s as Record<string, unknown>)['campaigns']),
    )
  );
}

/** Parses a seed an instructor typed (letters and digits, as in run links), or null. */
export function parseSeed(text: string): number | null {
  const clean = text.trim().toLowerCase();
  if (!/^[0-9a-z]{1,7}$/.test(clean)) return null;
  const seed = parseInt(clean, 36);
  return seed <= 0xffffffff ? seed : null;
}

/** A seed as readers see and type it: base 36, like the run link. */
export function seedText(seed: number): string {
  return seed.toString(36);
}
