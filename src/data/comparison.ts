/**
 * The comparison table's data, checked against the sources, as the page and its JSON file use it.
 * One query, so /compare/ and /compare/data.json can never disagree.
 */
import { getCollection, getEntry } from 'astro:content';
import { assertKnownSources, citedSourceIds, type ComparisonData, type SourceLabel } from '../lib/comparison';
import type { CompareToolData } from '../lib/comparison/tool-data';

export async function loadComparison(): Promise<CompareToolData> {
  const entry = await getEntry('comparison', 'table');
  if (!entry) {
    throw new Error(
      '/compare/: src/content/comparison.yaml could not be read (check the YAML syntax; the loader logs the error above).',
    );
  }
  const data: ComparisonData = entry.data;
  const allSources = await getCollection('sources');
  assertKnownSources(
    data,
    allSources.map((s) => s.id),
  );
  const sources: Record<string, SourceLabel> = {};
  for (const id of citedSourceIds(data)) {
    const source = allSources.find((s) => s.id === id)!.data;
    sources[id] = {
      short: source.short,
      title: `${source.author}, ${source.title}${source.year ? `, ${source.year}` : ''}`,
    };
  }
  return { data, sources };
}
