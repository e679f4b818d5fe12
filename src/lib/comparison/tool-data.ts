/**
 * What the comparison island loads from /compare/data.json: the table's data and the labels of the
 * sources it cites. The page's HTML carries only the server-rendered table, so the data is not
 * shipped twice in one document; the JSON file is cached like any other asset.
 */
import type { ComparisonData, SourceLabel } from './types';

export interface CompareToolData {
  data: ComparisonData;
  sources: Record<string, SourceLabel>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A shallow check that a fetched value has the shape the island renders; the build made it, so this catches a wrong or damaged file, not a hostile one. */
export function isCompareToolData(value: unknown): value is CompareToolData {
  if (!isRecord(value) || !isRecord(value['data']) || !isRecord(value['sources'])) return false;
  const data = value['data'];
  return Array.isArray(data['themes']) && Array.isArray(data['roles']) && Array.isArray(data['dimensions']);
}

/** Where the island finds its data, under the site's base path. */
export const COMPARE_DATA_PATH = '/compare/data.json';
