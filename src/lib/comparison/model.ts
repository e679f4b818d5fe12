/**
 * The island's state as signals, next to the rules it obeys. The island renders these values and
 * calls these actions; it holds no rule of its own. No DOM here: the island's URL hook passes in
 * `location.search` and writes the URL.
 *
 * Built with `createModel` from @preact/signals-core: every action runs batched (one render per
 * action, however many signals it sets), and the model is disposable. The same shape serves the
 * quiz and the simulator.
 */
import { action, computed, createModel, signal } from '@preact/signals-core';
import { columnSlots } from './columns';
import { groupByTheme, selectedRoles, statusMessage, visibleDimensions } from './filter';
import { defaultSelection, setDiff, setQuery, setRoleAt, setTheme, swapRoles, type Selection } from './selection';
import type { ComparisonData } from './types';
import { decodeSelection, encodeSelection, type Notice } from './url';

export const CompareModel = createModel((data: ComparisonData) => {
  const selection = signal<Selection>(defaultSelection(data));
  const notices = signal<Notice[]>([]);
  const visible = computed(() => visibleDimensions(data, selection.value));
  const groups = computed(() => groupByTheme(data, visible.value));
  const roles = computed(() => selectedRoles(data, selection.value));
  const slots = computed(() => columnSlots(data, selection.value));
  const status = computed(() => statusMessage(visible.value.length, data.dimensions.length));
  /** The query string that restores this state: `?roles=...`. */
  const search = computed(() => encodeSelection(selection.value));

  const update = (next: Selection) => {
    if (next !== selection.peek()) selection.value = next;
  };

  return {
    selection,
    notices,
    visible,
    groups,
    roles,
    slots,
    status,
    search,
    /** Restores the state from a query string; whatever it cannot use becomes a notice. True when something was corrected. */
    load: action((query: string): boolean => {
      const decoded = decodeSelection(data, query);
      selection.value = decoded.selection;
      notices.value = decoded.notices;
      return decoded.notices.length > 0;
    }),
    setRole: action((index: number, roleId: string | null) => update(setRoleAt(data, selection.peek(), index, roleId))),
    swap: action((i: number, j: number) => update(swapRoles(selection.peek(), i, j))),
    setTheme: action((theme: string | null) => update(setTheme(data, selection.peek(), theme))),
    setQuery: action((query: string) => update(setQuery(selection.peek(), query))),
    setDiff: action((diff: boolean) => update(setDiff(selection.peek(), diff))),
    reset: action(() => {
      selection.value = defaultSelection(data);
      notices.value = [];
    }),
    dismissNotices: action(() => {
      notices.value = [];
    }),
  };
});

export type CompareModel = InstanceType<typeof CompareModel>;

/** A model for `data`: what the unit tests and the island create. */
export function createCompareModel(data: ComparisonData): CompareModel {
  return new CompareModel(data);
}
