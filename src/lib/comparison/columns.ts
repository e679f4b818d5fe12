/**
 * The role pickers above the table: one per column shown, plus one more while a column can be
 * added. A column beyond the minimum can be emptied ("None"), which removes it.
 */
import type { Selection } from './selection';
import type { ComparisonData } from './types';
import { MAX_ROLES, MIN_ROLES } from './validate';

export interface ColumnSlot {
  /** The column's position, 0-based. */
  index: number;
  /** The picker's label. */
  label: string;
  /** The role shown in the column, or '' for the empty slot that adds a column. */
  roleId: string;
  /** Whether the picker offers "None" (the column is not required). */
  optional: boolean;
}

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];

export function columnSlots(data: ComparisonData, selection: Selection): ColumnSlot[] {
  const count = Math.min(selection.roles.length + 1, MAX_ROLES, data.roles.length);
  return Array.from({ length: count }, (_, index) => {
    const optional = index >= MIN_ROLES;
    return {
      index,
      label: `${ORDINALS[index] ?? `Column ${index + 1}:`} column${optional ? ' (optional)' : ''}`,
      roleId: selection.roles[index] ?? '',
      optional,
    };
  });
}
