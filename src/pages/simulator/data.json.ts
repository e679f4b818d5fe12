/** /simulator/data.json: the simulator island's scenarios (see src/lib/simulator/tool-data.ts). */
import type { APIRoute } from 'astro';
import { loadScenarios } from '../../data/scenarios';

export const GET: APIRoute = async () => Response.json(await loadScenarios());
