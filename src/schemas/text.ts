import type { z } from 'astro/zod';
import { smartQuotes } from '../lib/site/typography';

/**
 * Text a reader sees, typed by an author: plain quotes become typographic ones as the content
 * loads (src/lib/site/typography.ts). Limits are checked on the text as written.
 */
export function prose(schema: z.ZodString) {
  return schema.transform(smartQuotes);
}
