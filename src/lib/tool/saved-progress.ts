/**
 * Progress a tool keeps in the browser (localStorage), so a reader can close the tab and carry on.
 * Storage may be missing (private mode, a strict setting), full, or hold something this version
 * cannot read (an older quiz, a hand edit): reading then gives nothing back and, where something
 * was there, a sentence for the reader; nothing here ever throws.
 */

/** The parts of `localStorage` used here. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type ReadResult<T> =
  | { kind: 'none' }
  | { kind: 'ok'; value: T }
  /** Something was stored but could not be used; it has been removed. */
  | { kind: 'dropped'; message: string };

export interface SavedProgress<T> {
  read(): ReadResult<T>;
  write(value: T): boolean;
  clear(): void;
}

/**
 * `parse` turns the stored JSON value into the tool's state, or null when it is unusable; the
 * value is stored as `{ version, data }` so a new version of the tool can tell old data apart.
 */
export function savedProgress<T>(
  storage: StorageLike | undefined,
  key: string,
  version: number,
  parse: (data: unknown) => T | null,
  droppedMessage: string,
): SavedProgress<T> {
  const drop = (): ReadResult<T> => {
    try {
      storage?.removeItem(key);
    } catch {
      // Nothing more to do: the value is ignored either way.
    }
    return { kind: 'dropped', message: droppedMessage };
  };
  return {
    read() {
      let text: string | null;
      try {
        text = storage ? storage.getItem(key) : null;
      } catch {
        return { kind: 'none' };
      }
      if (text === null) return { kind: 'none' };
      let stored: unknown;
      try {
        stored = JSON.parse(text);
      } catch {
        return drop();
      }
      if (typeof stored !== 'object' || stored === null) return drop();
      const record = stored as { version?: unknown; data?: unknown };
      if (record.version !== version) return drop();
      const value = parse(record.data);
      return value === null ? drop() : { kind: 'ok', value };
    },
    write(value) {
      try {
        storage?.setItem(key, JSON.stringify({ version, data: value }));
        return storage !== undefined;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // Blocked storage holds nothing to clear.
      }
    },
  };
}
