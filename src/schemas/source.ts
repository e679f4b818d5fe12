import { z } from 'astro/zod';
import { prose } from './text';

/** One reference in `/sources/`: a page cites it as `<Cite id="..." />`. */
export const sourceSchema = z
  .object({
    /** The anchor on `/sources/` (`/sources/#pmbok-6`): lower-case words and digits joined by hyphens. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens'),
    /** The label a citation shows in the text (`PMBOK 6`, `BLS 2022`); the publisher when left out. */
    short: z.string().min(2).max(32).optional(),
    /** Who wrote it: people, or the organization when no person is named. */
    author: prose(z.string().min(2)),
    /** The title as published. */
    title: prose(z.string().min(3)),
    /** Who published it (a publisher, a university, a government agency, a website). */
    publisher: prose(z.string().min(2)),
    /** Year of publication, or of the edition cited; left out when no copy states it ("n.d."). */
    year: z.number().int().min(1950).max(2100).optional(),
    /** Where a reader can find it, when a public copy exists. */
    url: z.url().optional(),
    /** A web page or a printed/e-book publication: web pages need a URL and a date, books an edition. */
    medium: z.enum(['web', 'book']).default('web'),
    /** The edition of a book, as its title page gives it (`1st`, `4th`, `Sixth`). */
    edition: z.string().min(1).max(20).optional(),
    /** The day someone last read the live page and checked what the site cites (YYYY-MM-DD). */
    // YAML reads an unquoted 2026-11-23 as a date, so accept a date and keep it as YYYY-MM-DD text.
    accessed: z.coerce
      .date({ error: 'use a date written as YYYY-MM-DD, such as 2026-11-23' })
      .transform((d) => d.toISOString().slice(0, 10))
      .optional(),
    /** A fixed copy of the page as it was read (web.archive.org, a PDF), for when the live page moves on. */
    archived: z.url().optional(),
    /**
     * Set when the source no longer says what the site cites it for (a newer edition or a live page that
     * has moved on): one sentence naming what replaces it. A page that still cites it fails the unit tests.
     */
    superseded: prose(z.string().min(10)).optional(),
    /** The kind of source, so a reader can weigh it: a standard, an official page, a secondary summary. */
    kind: z.enum(['standard', 'official', 'government', 'article', 'secondary']),
    /** What the site uses it for, in one sentence. */
    supports: prose(z.string().min(10)),
    /** How sure the site is of the facts taken from it: several sources agree (firm) or one secondary source (weak). */
    confidence: z.enum(['firm', 'weak']).default('firm'),
  })
  .strict()
  .transform((source) => ({ ...source, short: source.short ?? source.publisher }));

export type Source = z.infer<typeof sourceSchema>;
