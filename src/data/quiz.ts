/** The career-fit quiz's data, as /quiz/, /quiz/method/ and /quiz/data.json use it. */
import { getEntry } from 'astro:content';
import type { Quiz } from '../lib/quiz';

export async function loadQuiz(): Promise<Quiz> {
  const entry = await getEntry('quiz', 'quiz');
  if (!entry) {
    throw new Error(
      '/quiz/: src/content/quiz.yaml could not be read (check the YAML syntax; the loader logs the error above).',
    );
  }
  return entry.data;
}
