/** The test servers' ports: never one Chromium refuses to load. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomTestPort } from '../support/ports';

describe('randomTestPort', () => {
  it('stays in its range and never draws a port Chromium blocks (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(4400, 5000, 5400, 5950), (from) => {
        for (let i = 0; i < 200; i++) {
          const port = randomTestPort(from, 1000);
          expect(port).toBeGreaterThanOrEqual(from);
          expect(port).toBeLessThan(from + 1000);
          expect([5060, 5061, 6000]).not.toContain(port);
        }
      }),
    );
  });

  it('still finds a port when the range is mostly blocked', () => {
    expect([5062]).toContain(randomTestPort(5060, 3));
  });
});
