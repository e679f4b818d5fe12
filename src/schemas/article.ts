import { z } from 'astro/zod';
import { prose } from './text';
import { sitePath } from './ids';

/** Front matter of every MDX page: guides, process groups, careers and stand-alone pages. */
export const articleSchema = z
  .object({
    /** The page's heading and the first part of its `<title>`. */
    title: prose(z.string().min(3).max(90)),
    /** A shorter title for navigation, breadcrumbs and previous/next links, when `title` is long. */
    navTitle: prose(z.string().max(40)).optional(),
    /** One or two sentences for search results and link previews (meta description). */
    description: prose(z.string().min(50).max(200)),
    /** Position inside its section: lower comes first in navigation and previous/next links. */
    order: z.number().int().min(0),
    /** The day a person last checked the page against its sources (YYYY-MM-DD). */
    reviewed: z.coerce.date({ error: 'use a date written as YYYY-MM-DD, such as 2026-11-22' }),
    /** What a reader can do after reading, shown at the top and reused by the instructors' page. */
    objectives: z
      .array(prose(z.string().min(10)))
      .min(1)
      .max(8),
    /** Site paths of the pages to read next, shown at the foot of the page. */
    related: z.array(sitePath).default([]),
    /**
     * Questions for a class discussion of the page: shown in a "Discuss" box at the end of the page
     * and gathered on /instructors/. Open questions with no single right answer, one sentence or two.
     */
    discuss: z
      .array(prose(z.string().min(20).max(300)))
      .min(1)
      .max(6)
      .optional(),
    /** Whether to show the table of contents (long pages want one; short ones don't). */
    toc: z.boolean().default(true),
    /**
     * A page that only lists the section's pages and what each answers (`guides/index.mdx`): it states
     * no facts of its own, so it has no word or source minimum. Its links are still checked.
     */
    listing: z.boolean().default(false),
  })
  // A misspelt key (`objectivs:`) fails the build instead of being silently dropped.
  .strict();

export type Article = z.infer<typeof articleSchema>;
