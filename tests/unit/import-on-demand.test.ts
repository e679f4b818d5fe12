/**
 * Loading code on first use (src/scripts/import-on-demand.ts): one request however often it is
 * asked for, and a fresh address after a failure, since the browser keeps a failed import.
 */
import { describe, expect, it } from 'vitest';
import { importOnDemand } from '../../src/scripts/import-on-demand';

describe('importOnDemand', () => {
  it('loads once, however many callers ask at the same time or later', async () => {
    const requested: string[] = [];
    const load = importOnDemand<{ ok: true }>('/_astro/opener.js', (url) => {
      requested.push(url);
      return Promise.resolve({ ok: true });
    });
    const [a, b] = await Promise.all([load(), load()]);
    await load();
    expect(a).toBe(b);
    expect(requested).toEqual(['/_astro/opener.js']);
  });

  it('after a failure, tries again with a fresh address, and keeps what then loads', async () => {
    const requested: string[] = [];
    let failuresLeft = 2;
    const load = importOnDemand<string>('/_astro/opener.js', (url) => {
      requested.push(url);
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      }
      return Promise.resolve('module');
    });
    await expect(load()).rejects.toThrow('Failed to fetch');
    await expect(load()).rejects.toThrow('Failed to fetch');
    await expect(load()).resolves.toBe('module');
    await expect(load()).resolves.toBe('module');
    expect(requested).toEqual(['/_astro/opener.js', '/_astro/opener.js?retry=1', '/_astro/opener.js?retry=2']);
  });
});
