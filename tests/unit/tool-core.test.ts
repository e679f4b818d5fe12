/** The tools' shared core: the URL adapter and its policy, copy link, JSON loading, list joining, internal links. */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  createUrlState,
  normalizeSearch,
  writeAfterLoad,
  type HistoryLike,
  type LocationLike,
} from '../../src/lib/tool/url-state';
import { copyLink, COPY_FAILED_MESSAGE } from '../../src/lib/tool/copy-link';
import { loadJson, LOAD_FAILED_MESSAGE, type FetchLike } from '../../src/lib/tool/load-json';
import { joinList } from '../../src/lib/tool/text';
import { quoteValue } from '../../src/lib/tool/notices';
import { joinBase, stripBase } from '../../src/lib/site/href';

/** A fake browser: history calls change the location, as they do in a real one. */
function fakeBrowser(initial: { pathname?: string; search?: string; hash?: string } = {}) {
  const location = {
    pathname: initial.pathname ?? '/compare/',
    search: initial.search ?? '',
    hash: initial.hash ?? '',
  };
  const calls: { mode: 'push' | 'replace'; url: string }[] = [];
  const apply = (url: string) => {
    const parsed = new URL(url, 'https://example.org');
    location.pathname = parsed.pathname;
    location.search = parsed.search;
    location.hash = parsed.hash;
  };
  const history: HistoryLike = {
    state: { marker: 1 },
    pushState: (_d, _u, url) => {
      calls.push({ mode: 'push', url: url ?? '' });
      apply(url ?? '');
    },
    replaceState: (_d, _u, url) => {
      calls.push({ mode: 'replace', url: url ?? '' });
      apply(url ?? '');
    },
  };
  return { location: location as LocationLike, history, calls };
}

describe('normalizeSearch', () => {
  it('adds the question mark once and keeps an empty query empty', () => {
    expect(normalizeSearch('a=1')).toBe('?a=1');
    expect(normalizeSearch('?a=1')).toBe('?a=1');
    expect(normalizeSearch('')).toBe('');
    expect(normalizeSearch('?')).toBe('');
  });
});

describe('createUrlState', () => {
  it('reads the current query', () => {
    const { location, history } = fakeBrowser({ search: '?roles=a,b' });
    expect(createUrlState(location, history).read()).toBe('?roles=a,b');
  });

  it('replaces for filters and pushes for steps, keeping the path, the hash and the history state', () => {
    const { location, history, calls } = fakeBrowser({ search: '?x=1', hash: '#table' });
    const url = createUrlState(location, history);
    expect(url.write('?x=2', 'replace')).toBe('replace');
    expect(url.write('x=3', 'push')).toBe('push');
    expect(calls).toEqual([
      { mode: 'replace', url: '/compare/?x=2#table' },
      { mode: 'push', url: '/compare/?x=3#table' },
    ]);
    expect(location.search).toBe('?x=3');
  });

  it('writes nothing when the query would not change, so Back never has duplicate entries', () => {
    const { location, history, calls } = fakeBrowser({ search: '?x=1' });
    const url = createUrlState(location, history);
    expect(url.write('?x=1', 'push')).toBe('unchanged');
    expect(url.write('x=1', 'replace')).toBe('unchanged');
    expect(calls).toEqual([]);
  });

  it('after any sequence of writes, the location holds the last query written (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.stringMatching(/^[a-z0-9=&,]{0,12}$/), fc.constantFrom<'push' | 'replace'>('push', 'replace')),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        (writes) => {
          const { location, history, calls } = fakeBrowser();
          const url = createUrlState(location, history);
          let expectedCalls = 0;
          for (const [search, mode] of writes) {
            const before = location.search;
            const result = url.write(search, mode);
            if (normalizeSearch(search) === before) expect(result).toBe('unchanged');
            else {
              expect(result).toBe(mode);
              expectedCalls += 1;
            }
            expect(location.search).toBe(normalizeSearch(search));
          }
          expect(calls).toHaveLength(expectedCalls);
          expect(location.pathname).toBe('/compare/');
        },
      ),
    );
  });
});

describe('writeAfterLoad (the policy for the first write)', () => {
  it('leaves a clean URL exactly as typed', () => {
    const { location, history, calls } = fakeBrowser({ search: '?roles=PRODUCT-MANAGER,project-manager' });
    expect(writeAfterLoad(createUrlState(location, history), '?roles=product-manager,project-manager', false)).toBe(
      'unchanged',
    );
    expect(calls).toEqual([]);
  });

  it('replaces a corrected URL with the canonical one, never pushing', () => {
    const { location, history, calls } = fakeBrowser({ search: '?roles=wizard' });
    expect(writeAfterLoad(createUrlState(location, history), '?roles=a,b', true)).toBe('replace');
    expect(calls).toEqual([{ mode: 'replace', url: '/compare/?roles=a,b' }]);
  });
});

describe('copyLink', () => {
  it('copies and says what the link shows', async () => {
    const writeText = vi.fn(async () => {});
    await expect(copyLink('https://x.org/compare/?roles=a,b', { writeText }, 'Copied.')).resolves.toEqual({
      copied: true,
      message: 'Copied.',
    });
    expect(writeText).toHaveBeenCalledWith('https://x.org/compare/?roles=a,b');
  });

  it('falls back to a box to copy from when the clipboard is missing or refuses', async () => {
    const refused = { writeText: async () => Promise.reject(new Error('NotAllowedError')) };
    for (const clipboard of [undefined, refused]) {
      await expect(copyLink('https://x.org/q/', clipboard, 'Copied.')).resolves.toEqual({
        copied: false,
        message: COPY_FAILED_MESSAGE,
        fallbackUrl: 'https://x.org/q/',
      });
    }
  });
});

describe('loadJson', () => {
  const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => typeof n === 'number');
  const respond =
    (ok: boolean, body: unknown): FetchLike =>
    async () => ({ ok, status: ok ? 200 : 500, json: async () => body });

  it('returns the data when the response has the expected shape', async () => {
    await expect(loadJson(respond(true, [1, 2]), '/d.json', isNumbers)).resolves.toEqual({ ok: true, data: [1, 2] });
  });

  it('turns an HTTP error, a wrong shape, a network error and bad JSON into a message', async () => {
    const failing: FetchLike[] = [
      respond(false, [1]),
      respond(true, { not: 'numbers' }),
      async () => Promise.reject(new TypeError('Failed to fetch')),
      async () => ({ ok: true, status: 200, json: async () => Promise.reject(new SyntaxError('bad json')) }),
    ];
    for (const fetchFn of failing) {
      await expect(loadJson(fetchFn, '/d.json', isNumbers)).resolves.toEqual({
        ok: false,
        message: LOAD_FAILED_MESSAGE,
      });
    }
  });

  it('gives up on a request that never answers, instead of hanging', async () => {
    vi.useFakeTimers();
    try {
      const never: FetchLike = (_url, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
      const pending = loadJson(never, '/d.json', isNumbers, 1000);
      await vi.advanceTimersByTimeAsync(1000);
      await expect(pending).resolves.toEqual({ ok: false, message: LOAD_FAILED_MESSAGE });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('joinList', () => {
  it('joins as a sentence does', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['a'])).toBe('a');
    expect(joinList(['a', 'b'])).toBe('a and b');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('keeps every item, in order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 8 }), (items) => {
        const joined = joinList(items);
        let from = 0;
        for (const item of items) {
          const at = joined.indexOf(item, from);
          expect(at).toBeGreaterThanOrEqual(0);
          from = at + item.length;
        }
        expect(joined.split(' and ').length).toBe(items.length > 1 ? 2 : 1);
      }),
    );
  });
});

describe('quoteValue', () => {
  it('quotes, shortens, and strips bidi controls that would reverse the sentence around the value', () => {
    expect(quoteValue('abc')).toBe('“abc”');
    expect(quoteValue('x'.repeat(40))).toBe(`“${'x'.repeat(30)}…”`);
    expect(quoteValue('\u202Eevil\u202C')).toBe('“evil”');
    expect(quoteValue('a\u2067b\u2069')).toBe('“ab”');
  });
});

describe('joinBase and stripBase (internal links under a sub-path)', () => {
  it('prefixes site paths and leaves other URLs alone', () => {
    expect(joinBase('/', '/guides/')).toBe('/guides/');
    expect(joinBase('/which-pm/', '/guides/#x')).toBe('/which-pm/guides/#x');
    expect(joinBase('/which-pm', '/compare/?roles=a,b')).toBe('/which-pm/compare/?roles=a,b');
    expect(joinBase('/which-pm/', 'https://pmi.org/')).toBe('https://pmi.org/');
    expect(joinBase('/which-pm/', '//cdn.example/')).toBe('//cdn.example/');
    expect(joinBase('/which-pm/', '#top')).toBe('#top');
  });

  it('round-trips a site path through a base (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('/', '/a/', '/which-pm/', '/x/y/'),
        fc.stringMatching(/^\/[a-z0-9/-]{0,20}$/),
        (base, path) => {
          expect(stripBase(joinBase(base, path), base)).toBe(path);
        },
      ),
    );
  });
});
