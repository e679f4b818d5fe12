import { z } from 'astro/zod';
import { prose } from './text';
import { kebabId } from './ids';
import { FIELDS } from '../lib/site/fields';

/** One rung of a career ladder on /careers/. */
const ladderStepSchema = z
  .object({
    /** The job title as job ads commonly write it. */
    title: prose(z.string().min(3).max(60)),
    /** One short line on what changes at this step: scope, decisions, people. */
    change: prose(z.string().min(20).max(160)),
    /** A step that only some sources list and many companies skip; shown as "(not everywhere)". */
    optional: z.boolean().default(false),
  })
  .strict();

/** A career ladder: `product` or `project`, entry level first, with the sources it follows. */
export const ladderSchema = z
  .object({
    /** Which side: product or project (the site's colour code). */
    id: z.enum(FIELDS),
    /** Entries of sources.yaml that list these steps; the careers page cites them. */
    sources: z.array(kebabId).min(1),
    /** From the first job to the most senior. */
    steps: z.array(ladderStepSchema).min(3).max(10),
  })
  .strict();

export type Ladder = z.infer<typeof ladderSchema>;
