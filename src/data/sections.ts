import type { Section } from '../lib/site/sections';
import { pageExists } from './pages';

export { pageExists };

/** The sections whose landing page exists yet: a section joins the header when its page is built. */
export async function existingSections(sections: readonly Section[]): Promise<Section[]> {
  const exists = await Promise.all(sections.map((s) => pageExists(s.href)));
  return sections.filter((_, i) => exists[i]);
}
