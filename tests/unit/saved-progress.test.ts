/** Progress kept in the browser: read back what was written, drop what cannot be used, never throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { savedProgress, type StorageLike } from '../../src/lib/tool/saved-progress';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const parseNumbers = (value: unknown) =>
  Array.isArray(value) && value.every((n) => typeof n === 'number') ? value : null;

describe('savedProgress', () => {
  it('reads back what it wrote', () => {
    const storage = memoryStorage();
    const saved = savedProgress(storage, 'k', 2, parseNumbers, 'dropped');
    expect(saved.read()).toEqual({ kind: 'none' });
    expect(saved.write([1, 2, 3])).toBe(true);
    expect(saved.read()).toEqual({ kind: 'ok', value: [1, 2, 3] });
    saved.clear();
    expect(saved.read()).toEqual({ kind: 'none' });
  });

  it('drops and removes bad JSON, another version, or data the parser refuses, with the message', () => {
    for (const stored of [
      '{',
      'null',
      '42',
      JSON.stringify({ version: 1, data: [1] }),
      JSON.stringify({ version: 2, data: 'x' }),
    ]) {
      const storage = memoryStorage();
      storage.data.set('k', stored);
      const saved = savedProgress(storage, 'k', 2, parseNumbers, 'Your saved answers could not be read.');
      expect(saved.read()).toEqual({ kind: 'dropped', message: 'Your saved answers could not be read.' });
      expect(storage.data.has('k')).toBe(false);
    }
  });

  it('never throws when storage is missing, blocked or full', () => {
    const blocked: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    for (const storage of [undefined, blocked]) {
      const saved = savedProgress(storage, 'k', 1, parseNumbers, 'x');
      expect(saved.read()).toEqual({ kind: 'none' });
      expect(saved.write([1])).toBe(false);
      expect(() => saved.clear()).not.toThrow();
    }
  });

  it('whatever string is stored, reading gives none, ok or dropped (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const storage = memoryStorage();
        storage.data.set('k', text);
        const kind = savedProgress(storage, 'k', 1, parseNumbers, 'x').read().kind;
        expect(['ok', 'dropped']).toContain(kind);
      }),
    );
  });
});
