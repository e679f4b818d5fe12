import { z } from 'astro/zod';
import { prose } from './text';
import { KNOWLEDGE_AREA_SLUGS } from '../lib/pmbok/areas';
import { PROCESS_GROUP_SLUGS } from '../lib/pmbok/groups';
import { kebabId } from './ids';

/** One of the 49 processes of the PMBOK Guide, 6th edition. */
export const processSchema = z
  .object({
    /** The process name in kebab case (`develop-project-charter`). */
    id: kebabId,
    /** The Guide's section number (`4.1`): chapter = knowledge area, then the order inside it. */
    number: z.string().regex(/^(?:[4-9]|1[0-3])\.\d{1,2}$/, 'use the Guide section number, such as "4.1"'),
    /** The process name as the Guide gives it. */
    name: prose(z.string().min(3)),
    /** The process group it belongs to. */
    group: z.enum(PROCESS_GROUP_SLUGS),
    /** The knowledge area it belongs to. */
    area: z.enum(KNOWLEDGE_AREA_SLUGS),
    /** What the process does, in one plain sentence. */
    summary: prose(z.string().min(10)).optional(),
  })
  .strict();

export type Process = z.infer<typeof processSchema>;
