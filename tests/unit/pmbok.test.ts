import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KNOWLEDGE_AREAS, KNOWLEDGE_AREA_SLUGS } from '../../src/lib/pmbok/areas';
import { type PROCESS_GROUPS, PROCESS_GROUP_SLUGS } from '../../src/lib/pmbok/groups';
import {
  areaChapter,
  chapterOf,
  compareNumbers,
  countsByArea,
  countsByGroup,
  groupProcesses,
  parseNumber,
  processesInArea,
  processesInGroup,
  sortByNumber,
  type ProcessLike,
} from '../../src/lib/pmbok/processes';
import { processSchema } from '../../src/schemas/process';

const yamlPath = fileURLToPath(new URL('../../src/content/processes.yaml', import.meta.url));
const raw: unknown = parse(readFileSync(yamlPath, 'utf8'));
const entries = Array.isArray(raw) ? (raw as Record<string, unknown>[]) : [];
const processes = entries.map((e) => processSchema.parse(e)) as ProcessLike[];

/** A small hand-made set, so the query tests don't depend on the content file. */
const sample: ProcessLike[] = [
  { id: 'c', number: '4.10', name: 'C', group: 'executing', area: 'integration' },
  { id: 'a', number: '4.2', name: 'A', group: 'planning', area: 'integration' },
  { id: 'r', number: '11.1', name: 'R', group: 'planning', area: 'risk' },
  { id: 'b', number: '4.9', name: 'B', group: 'planning', area: 'integration' },
  { id: 's', number: '13.1', name: 'S', group: 'initiating', area: 'stakeholder' },
];

describe('section numbers', () => {
  it('parses chapter and index', () => {
    expect(parseNumber('11.3')).toEqual([11, 3]);
    expect(chapterOf('4.7')).toBe(4);
    expect(chapterOf('13.4')).toBe(13);
  });

  it('rejects anything that is not a section number', () => {
    expect(() => parseNumber('4')).toThrow();
    expect(() => parseNumber('4.1.2')).toThrow();
    expect(() => parseNumber('x.1')).toThrow();
  });

  it('compares numerically, part by part', () => {
    expect(compareNumbers('4.9', '4.10')).toBeLessThan(0);
    expect(compareNumbers('10.1', '4.7')).toBeGreaterThan(0);
    expect(compareNumbers('6.2', '6.2')).toBe(0);
  });

  it('sorts 4.10 after 4.9 and 11.1 after 4.x, without touching the input', () => {
    const before = sample.map((p) => p.number);
    expect(sortByNumber(sample).map((p) => p.number)).toEqual(['4.2', '4.9', '4.10', '11.1', '13.1']);
    expect(sample.map((p) => p.number)).toEqual(before);
  });

  it('knows each area chapter', () => {
    expect(areaChapter('integration')).toBe(4);
    expect(areaChapter('risk')).toBe(11);
    expect(areaChapter('stakeholder')).toBe(13);
  });
});

describe('queries', () => {
  it('builds a full matrix with every area and group, empty cells included', () => {
    const rows = groupProcesses(sample);
    expect(rows.map((r) => r.area.slug)).toEqual(KNOWLEDGE_AREA_SLUGS);
    for (const row of rows) expect(Object.keys(row.cells)).toEqual(PROCESS_GROUP_SLUGS);
    const integration = rows[0]!;
    expect(integration.cells.planning.map((p) => p.id)).toEqual(['a', 'b']);
    expect(integration.cells.executing.map((p) => p.id)).toEqual(['c']);
    expect(integration.cells.closing).toEqual([]);
  });

  it('counts by group and by area with zeros present', () => {
    expect(countsByGroup(sample)).toEqual({
      initiating: 1,
      planning: 3,
      executing: 1,
      'monitoring-and-controlling': 0,
      closing: 0,
    });
    const byArea = countsByArea(sample);
    expect(byArea.integration).toBe(3);
    expect(byArea.cost).toBe(0);
  });

  it('lists one group by area, leaving out areas with nothing in it', () => {
    const planning = processesInGroup(sample, 'planning');
    expect(planning.map((e) => e.area.slug)).toEqual(['integration', 'risk']);
    expect(processesInGroup(sample, 'closing')).toEqual([]);
  });

  it('lists one area by group, in project order', () => {
    const integration = processesInArea(sample, 'integration');
    expect(integration.map((e) => e.group.slug)).toEqual(['planning', 'executing']);
  });

  it('refuses a process with an unknown area', () => {
    const bad = [{ ...sample[0]!, area: 'time' as never }];
    expect(() => groupProcesses(bad)).toThrow(/unknown knowledge area/);
  });
});

describe('src/content/processes.yaml (PMBOK Guide, 6th edition)', () => {
  it('is a list of 49 entries', () => {
    expect(Array.isArray(raw)).toBe(true);
    expect(entries).toHaveLength(49);
  });

  it('has every entry valid against the process schema', () => {
    for (const entry of entries) {
      const result = processSchema.safeParse(entry);
      expect(result.success, `${String(entry.id)}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('has unique ids, numbers and names', () => {
    for (const key of ['id', 'number', 'name'] as const) {
      const values = processes.map((p) => p[key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
  });

  it('has ids that are the kebab case of the names', () => {
    for (const p of processes) {
      expect(p.id).toBe(
        p.name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, ''),
      );
    }
  });

  it('has 2 / 24 / 10 / 12 / 1 processes per group', () => {
    expect(countsByGroup(processes)).toEqual({
      initiating: 2,
      planning: 24,
      executing: 10,
      'monitoring-and-controlling': 12,
      closing: 1,
    });
  });

  it('has each number in the chapter of its knowledge area', () => {
    for (const p of processes) expect(chapterOf(p.number), p.id).toBe(areaChapter(p.area));
  });

  it('numbers each chapter 1, 2, 3 ... without gaps', () => {
    for (const area of KNOWLEDGE_AREAS) {
      const indexes = sortByNumber(processes.filter((p) => p.area === area.slug)).map((p) => parseNumber(p.number)[1]);
      expect(indexes, area.slug).toEqual(indexes.map((_, i) => i + 1));
    }
  });

  it('has the per-area counts of the 6th edition', () => {
    expect(countsByArea(processes)).toEqual({
      integration: 7,
      scope: 6,
      schedule: 6,
      cost: 4,
      quality: 3,
      resource: 6,
      communications: 3,
      risk: 7,
      procurement: 3,
      stakeholder: 4,
    });
  });

  it('puts only Develop Project Charter and Identify Stakeholders in Initiating, and only Close Project or Phase in Closing', () => {
    const ids = (group: (typeof PROCESS_GROUPS)[number]['slug']) =>
      sortByNumber(processes.filter((p) => p.group === group)).map((p) => p.id);
    expect(ids('initiating')).toEqual(['develop-project-charter', 'identify-stakeholders']);
    expect(ids('closing')).toEqual(['close-project-or-phase']);
  });

  it('gives every process a summary of one sentence', () => {
    for (const p of processes) {
      expect(p.summary, p.id).toBeTruthy();
      expect(p.summary!.trim().endsWith('.'), p.id).toBe(true);
      expect(p.summary!.slice(0, -1).includes('. '), p.id).toBe(false);
    }
  });
});
