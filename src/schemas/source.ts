import { z } from 'astro/zod';

/** One reference in `/sources/`: a page cites it as `<Cite id="..." />`. */
export const sourceSchema = z
  .object({
    /** The anchor on `/sources/` (`/sources/#pmbok-6`): lower-case words and digits joined by hyphens. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens'),
    /** The label a citation shows in the text (`PMBOK 6`, `BLS 2022`); the publisher when left out. */
    short: z.string().min(2).max(32).optional(),
    /** Who wrote it: people, or the organization when no person is named. */
    author: z.string().min(2),
    /** The title as published. */
    title: z.string().min(3),
    /** Who published it (a publisher, a university, a government agency, a website). */
    publisher: z.string().min(2),
    /** Year of publication, or of the edition cited; left out when no copy states it ("n.d."). */
    year: z.number().int().min(1950).max(2100).optional(),
    /** Where a reader can find it, when a public copy exists. */
    url: z.url().optional(),
    /** The kind of source, so a reader can weigh it: a standard, an official page, a secondary summary. */
    kind: z.enum(['standard', 'official', 'government', 'article', 'secondary']),
    /** What the site uses it for, in one sentence. */
    supports: z.string().min(10),
    /** How sure the site is of the facts taken from it: several sources agree (firm) or one secondary source (weak). */
    confidence: z.enum(['firm', 'weak']).default('firm'),
  })
  .strict()
  .transform((source) => ({ ...source, short: source.short ?? source.publisher }));

export type Source = z.infer<typeof sourceSchema>;
