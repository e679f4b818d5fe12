/** /compare/data.json: the comparison island's data (see src/lib/comparison/tool-data.ts). */
import type { APIRoute } from 'astro';
import { loadComparison } from '../../data/comparison';

export const GET: APIRoute = async () => Response.json(await loadComparison());
