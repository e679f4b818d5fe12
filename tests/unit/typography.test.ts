/** Typographic quotes for text from data files (src/lib/site/typography.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { smartQuotes } from '../../src/lib/site/typography';

describe('smartQuotes', () => {
  it('turns apostrophes, and single and double quotation marks, round', () => {
    expect(smartQuotes("PMI's definition")).toBe('PMI’s definition');
    expect(smartQuotes('the shared "PM" in two titles')).toBe('the shared “PM” in two titles');
    expect(smartQuotes("the 'unknown unknowns'.")).toBe('the ‘unknown unknowns’.');
    expect(smartQuotes('"Quoted," she said.')).toBe('“Quoted,” she said.');
    expect(smartQuotes("Customers' \"jobs\" (and 'hires')")).toBe('Customers’ “jobs” (and ‘hires’)');
    expect(smartQuotes('a dash—"then a quote"')).toBe('a dash—“then a quote”');
  });
  it('leaves no straight quote, keeps every other character, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', "'", '"', '(', '.', '—', '\n') }), (text) => {
        const out = smartQuotes(text);
        expect(out).not.toMatch(/['"]/);
        expect(out.length).toBe(text.length);
        expect(out.replace(/[‘’“”]/g, 'q')).toBe(text.replace(/['"]/g, 'q'));
        expect(smartQuotes(out)).toBe(out);
      }),
    );
  });
});
