/** Every source, in the order /sources/ lists them: by author, then title. */
import { getCollection } from 'astro:content';
import type { Source } from '../schemas';

export async function loadSources(): Promise<Source[]> {
  return (await getCollection('sources'))
    .map((s) => s.data)
    .sort((a, b) => a.author.localeCompare(b.author) || a.title.localeCompare(b.title));
}
