/** Scenarios for the simulator tests: the real files, parsed by the schema. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { Scenario } from '../../src/lib/simulator';
import { scenarioSchema } from '../../src/schemas';

const dir = 'src/content/scenarios';
export const scenarios: Scenario[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => scenarioSchema.parse(parse(readFileSync(`${dir}/${f}`, 'utf8'))));

/** The raw YAML of a scenario, before the schema, for tests that break it. */
export function rawScenario(id: string): Record<string, unknown> {
  return parse(readFileSync(`${dir}/${id}.yaml`, 'utf8')) as Record<string, unknown>;
}
