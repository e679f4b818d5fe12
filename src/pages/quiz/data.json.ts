/** /quiz/data.json: the quiz island's data (see src/lib/quiz/tool-data.ts). */
import type { APIRoute } from 'astro';
import { loadQuiz } from '../../data/quiz';

export const GET: APIRoute = async () => Response.json(await loadQuiz());
