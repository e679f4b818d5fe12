/** The simulator's scenarios, in title order, as /simulator/ and /simulator/data.json use them. */
import { getCollection } from 'astro:content';
import type { Scenario } from '../lib/simulator';

export async function loadScenarios(): Promise<Scenario[]> {
  const entries = await getCollection('scenarios');
  return entries.map((entry) => entry.data).sort((a, b) => a.title.localeCompare(b.title));
}
