/**
 * Queries over the PMBOK Guide (6th edition) processes: the matrix, the per-group and
 * per-area lists and the totals. Pure functions over plain objects so the components stay
 * thin and the rules are tested once, in `tests/unit/pmbok.test.ts`.
 */
import { KNOWLEDGE_AREAS, type KnowledgeAreaSlug } from './areas';
import { PROCESS_GROUPS, type ProcessGroupSlug } from './groups';

/** The fields these queries need; a `processes` collection entry's `data` has them all. */
export interface ProcessLike {
  id: string;
  number: string;
  name: string;
  group: ProcessGroupSlug;
  area: KnowledgeAreaSlug;
  summary?: string | undefined;
}

/** The two parts of a section number: `"11.3"` -> `[11, 3]`. */
export function parseNumber(number: string): [chapter: number, index: number] {
  const match = /^(\d+)\.(\d+)$/.exec(number);
  if (!match) throw new Error(`"${number}" is not a section number such as "4.1"`);
  return [Number(match[1]), Number(match[2])];
}

/** The Guide chapter a process number belongs to (`"11.3"` -> 11). */
export function chapterOf(number: string): number {
  return parseNumber(number)[0];
}

/** The chapter that holds a knowledge area (`risk` -> 11). */
export function areaChapter(area: KnowledgeAreaSlug): number {
  const found = KNOWLEDGE_AREAS.find((a) => a.slug === area);
  if (!found) throw new Error(`Unknown knowledge area "${area}"`);
  return found.chapter;
}

/**
 * Compares section numbers as numbers, part by part, because a string sort puts
 * "4.10" before "4.2" and "10.1" before "4.1".
 */
export function compareNumbers(a: string, b: string): number {
  const [ac, ai] = parseNumber(a);
  const [bc, bi] = parseNumber(b);
  return ac - bc || ai - bi;
}

/** A new array in the Guide's order (4.1, 4.2, ... 13.4); the input is left alone. */
export function sortByNumber<T extends Pick<ProcessLike, 'number'>>(processes: readonly T[]): T[] {
  return [...processes].sort((x, y) => compareNumbers(x.number, y.number));
}

/** One row of the matrix: a knowledge area and its processes in each group, in Guide order. */
export interface MatrixRow<T extends ProcessLike> {
  area: (typeof KNOWLEDGE_AREAS)[number];
  cells: Record<ProcessGroupSlug, T[]>;
}

function emptyCells<T>(): Record<ProcessGroupSlug, T[]> {
  return Object.fromEntries(PROCESS_GROUPS.map((g) => [g.slug, [] as T[]])) as Record<ProcessGroupSlug, T[]>;
}

/**
 * The 10 x 5 matrix: one row per knowledge area in chapter order, one cell per process
 * group in the order a project meets them. Empty cells are empty arrays, never missing.
 */
export function groupProcesses<T extends ProcessLike>(processes: readonly T[]): MatrixRow<T>[] {
  const rows = KNOWLEDGE_AREAS.map((area) => ({ area, cells: emptyCells<T>() }));
  for (const process of sortByNumber(processes)) {
    const row = rows.find((r) => r.area.slug === process.area);
    if (!row) throw new Error(`Process "${process.id}" has an unknown knowledge area "${process.area}"`);
    const cell = row.cells[process.group];
    if (!cell) throw new Error(`Process "${process.id}" has an unknown process group "${process.group}"`);
    cell.push(process);
  }
  return rows;
}

/** How often each key occurs in `values`, with every key present (0 where it never does). */
function countEach<K extends string>(keys: readonly K[], values: Iterable<K>): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

/** How many processes each group holds, with every group present (0 where it has none). */
export function countsByGroup(processes: readonly ProcessLike[]): Record<ProcessGroupSlug, number> {
  return countEach(
    PROCESS_GROUPS.map((g) => g.slug),
    processes.map((p) => p.group),
  );
}

/** How many processes each knowledge area holds, with every area present. */
export function countsByArea(processes: readonly ProcessLike[]): Record<KnowledgeAreaSlug, number> {
  return countEach(
    KNOWLEDGE_AREAS.map((a) => a.slug),
    processes.map((p) => p.area),
  );
}

/**
 * The processes of one group, split by knowledge area in chapter order; areas with no
 * process in the group are left out (Initiating has only Integration and Stakeholder).
 */
export function processesInGroup<T extends ProcessLike>(
  processes: readonly T[],
  group: ProcessGroupSlug,
): { area: (typeof KNOWLEDGE_AREAS)[number]; processes: T[] }[] {
  return groupProcesses(processes)
    .map((row) => ({ area: row.area, processes: row.cells[group] }))
    .filter((entry) => entry.processes.length > 0);
}

/**
 * The processes of one knowledge area, split by group in project order; groups with no
 * process in the area are left out (Scope has nothing in Executing or Closing).
 */
export function processesInArea<T extends ProcessLike>(
  processes: readonly T[],
  area: KnowledgeAreaSlug,
): { group: (typeof PROCESS_GROUPS)[number]; processes: T[] }[] {
  const row = groupProcesses(processes).find((r) => r.area.slug === area);
  if (!row) throw new Error(`Unknown knowledge area "${area}"`);
  return PROCESS_GROUPS.map((group) => ({ group, processes: row.cells[group.slug] })).filter(
    (entry) => entry.processes.length > 0,
  );
}
