/**
 * The island's state as signals, next to the rules it obeys. The island renders these values and
 * calls these actions; it holds no rule of its own. No DOM here: the island passes in
 * `location.search` and writes the URL itself.
 */
import { computed, signal } from '@preact/signals-core';
import { groupByTheme, selectedRoles, statusMessage, visibleDimensions } from './filter';
import { defaultSelection, setDiff, setQuery, setRoleAt, setTheme, swapRoles, type Selection } from './selection';
import type { ComparisonData } from './types';
import { decodeSelection, encodeSelection, type Notice } from './url';

export function createCompareModel(data: ComparisonData) {
  const selection = signal<Selection>(defaultSelection(data));
  const notices = signal<Notice[]>([]);
  const visible = computed(() => visibleDimensions(data, selection.value));
  const groups = computed(() => groupByTheme(data, visible.value));
  const roles = computed(() => selectedRoles(data, selection.value));
  const status = computed(() => statusMessage(visible.value.length, data.dimensions.length));
  /** The query string that restores this state: `?roles=...`. */
  const search = computed(() => encodeSelection(selection.value));

  const update = (next: Selection) => {
    if (next !== selection.value) selection.value = next;
  };

  return {
    data,
    selection,
    notices,
    visible,
    groups,
    roles,
    status,
    search,
    /** Restores the state from a query string; whatever it cannot use becomes a notice. */
    load(query: string) {
      const decoded = decodeSelection(data, query);
      selection.value = decoded.selection;
      notices.value = decoded.notices;
    },
    setRole: (index: number, roleId: string | null) => update(setRoleAt(data, selection.value, index, roleId)),
    swap: (i: number, j: number) => update(swapRoles(selection.value, i, j)),
    setTheme: (theme: string | null) => update(setTheme(data, selection.value, theme)),
    setQuery: (query: string) => update(setQuery(selection.value, query)),
    setDiff: (diff: boolean) => update(setDiff(selection.value, diff)),
    reset() {
      selection.value = defaultSelection(data);
      notices.value = [];
    },
    dismissNotices() {
      notices.value = [];
    },
  };
}

export type CompareModel = ReturnType<typeof createCompareModel>;
