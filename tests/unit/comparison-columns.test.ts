/** The role pickers above the comparison table. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { columnSlots, defaultSelection, MAX_ROLES, type ComparisonData } from '../../src/lib/comparison';

const data = parse(readFileSync('src/content/comparison.yaml', 'utf8')) as ComparisonData;

describe('columnSlots', () => {
  it('offers one empty, optional picker beyond the two required columns', () => {
    const slots = columnSlots(data, defaultSelection(data));
    expect(slots.map((s) => [s.label, s.roleId, s.optional])).toEqual([
      ['First column', 'product-manager', false],
      ['Second column', 'project-manager', false],
      ['Third column (optional)', '', true],
    ]);
  });

  it('never offers more pickers than the table allows', () => {
    const full = { ...defaultSelection(data), roles: ['product-manager', 'project-manager', 'scrum-master'] };
    const slots = columnSlots(data, full);
    expect(slots).toHaveLength(MAX_ROLES);
    expect(slots.at(-1)).toMatchObject({ roleId: 'scrum-master', optional: true });
  });
});
