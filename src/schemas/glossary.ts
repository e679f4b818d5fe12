import { z } from 'astro/zod';
import { prose } from './text';
import { kebabId } from './ids';

/** One term in `/glossary/`: a page links to it as `<Term id="..." />`. */
export const glossarySchema = z
  .object({
    /** The anchor: the term's full name in kebab case (`work-breakdown-structure`). */
    id: kebabId,
    /** The term as a reader sees it (`Work breakdown structure`). */
    term: prose(z.string().min(2)),
    /** The abbreviation, where people use one (`WBS`). */
    abbreviation: z.string().optional(),
    /** Which field the term belongs to; it decides the colour and label beside it. */
    field: z.enum(['product', 'project', 'both']),
    /** One to three sentences in plain language. */
    definition: prose(z.string().min(20).max(600)),
    /** Ids of related terms in this glossary. */
    related: z.array(kebabId).default([]),
    /** Ids of entries in `/sources/` that back the definition. */
    sources: z.array(kebabId).default([]),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossarySchema>;
