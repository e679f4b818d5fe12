import { z } from 'astro/zod';
import { prose } from './text';
import { FIELDS } from '../lib/site/fields';
import { findQuizProblems } from '../lib/quiz/validate';
import { kebabId } from './ids';

/** The two ends every dimension runs between: the product end (scored -1) and the project end (+1). */
export const quizEndIdSchema = z.enum(FIELDS);

/** A page on this site, optionally with a comparison query and an anchor (`/compare/?roles=a,b`, `/careers/hybrid-roles/#product-owner`). */
const roleHref = z
  .string()
  .regex(
    /^\/(?:[a-z0-9-]+\/)*(?:\?roles=[a-z0-9-]+(?:,[a-z0-9-]+)*)?(?:#[a-z0-9-]+)?$/,
    'use a site path such as "/careers/product-management/", "/compare/?roles=product-manager,product-owner" or "/careers/hybrid-roles/#product-owner"',
  );

/** One end of a dimension. */
export const quizEndSchema = z
  .object({
    /** Which end this is: `product` or `project`. A dimension has one of each. */
    id: quizEndIdSchema,
    /** A few words naming the end (`Choosing what to make`), shown on the profile and the worksheet. */
    label: prose(z.string().trim().min(3).max(40)),
    /** One line saying what enjoying this end means. */
    description: prose(z.string().trim().min(20).max(140)),
  })
  .strict();

/** A dimension: one way the two jobs differ, scored from -1 (product) to +1 (project). */
export const quizDimensionSchema = z
  .object({
    /** A stable id that items refer to (`focus`). */
    id: kebabId,
    /** The dimension's name as a reader sees it (`What you want to work on`). */
    name: prose(z.string().trim().min(5).max(50)),
    /** The product end and the project end, in either order. */
    ends: z.array(quizEndSchema).length(2, 'a dimension has exactly two ends: one product, one project'),
  })
  .strict();

/** One statement the reader rates on the five-point scale. */
export const quizItemSchema = z
  .object({
    /** `q` and two digits (`q07`), in the order the quiz asks them, so "question 7" means the same to everyone. */
    id: z.string().regex(/^q\d{2}$/, 'use "q" and two digits, such as "q07"'),
    /** Something a student could do and enjoy, in plain words, worded positively (no "not", "never", "don't"). */
    text: prose(z.string().trim().min(20).max(140)),
    /** The id of the dimension the item feeds. */
    dimension: kebabId,
    /** The end of that dimension that enjoying this item points to. */
    end: quizEndIdSchema,
    /** Ids of entries in `/sources/` that describe this part of the job, where one does. */
    sources: z.array(kebabId).min(1).optional(),
  })
  .strict();

/** A forced choice between two things to do, used only to tip the wording of a close call. */
export const quizTiebreakPairSchema = z
  .object({
    /** `t` and a digit (`t1`), in the order the quiz asks them. */
    id: z.string().regex(/^t\d$/, 'use "t" and a digit, such as "t1"'),
    /** The option that is product work. */
    product: prose(z.string().trim().min(20).max(140)),
    /** The option that is project work. */
    project: prose(z.string().trim().min(20).max(140)),
  })
  .strict();

/** A page the result points to. */
export const quizRoleLinkSchema = z
  .object({
    /** The link text. */
    label: prose(z.string().trim().min(3).max(80)),
    /** A page on this site. */
    href: roleHref,
  })
  .strict();

/** The texts of one outcome. Every outcome says what the week is like, what drains, and what not to read into it. */
export const quizOutcomeSchema = z
  .object({
    /** The outcome's name (`Leans product`). */
    name: prose(z.string().trim().min(3).max(30)),
    /** The result in one sentence, shown first. */
    summary: prose(z.string().trim().min(30).max(200)),
    /** What the matching roles' weeks look like. */
    week: prose(z.string().trim().min(80).max(700)),
    /** What people with this result tend to find draining. */
    draining: prose(z.string().trim().min(60).max(500)),
    /** What people on the other side enjoy. */
    otherSide: prose(z.string().trim().min(60).max(500)),
    /** What not to read into the result. */
    caution: prose(z.string().trim().min(60).max(500)),
    /** The roles that fit, as links to guides, careers pages and the comparison. */
    roles: z.array(quizRoleLinkSchema).min(2).max(6),
    /** Ids of entries in `/sources/` behind the role descriptions. */
    sources: z.array(kebabId).min(1),
  })
  .strict();

/** The whole quiz document, before the checks that span several fields. */
export const quizBaseSchema = z
  .object({
    /** Raised by one whenever items or pairs are added, removed or reordered, so old result links are recognised. */
    version: z.number().int().min(1).max(999),
    /** The question asked with every item (`How much would you enjoy doing this?`). */
    question: prose(z.string().trim().min(10).max(80)),
    /** The five answers from 1 to 5, every point labelled; 3 is the real midpoint. */
    scale: z
      .array(z.string().trim().min(2, 'every point of the scale needs a label'))
      .length(5, 'the scale needs exactly 5 labels, one for each point from 1 to 5'),
    /** Three or four ways the two jobs differ. */
    dimensions: z.array(quizDimensionSchema).min(3).max(4),
    /** The 24 to 30 statements, in the order the quiz asks them. */
    items: z.array(quizItemSchema).min(24).max(30),
    /** Gentle checks shown above a result, never blocking it. */
    checks: z
      .object({
        /** Shown when nearly every answer is the same option. */
        straightLined: prose(z.string().trim().min(40).max(400)),
        /** Shown when every answer is the same end of the scale (all 1 or all 5). */
        flatProfile: prose(z.string().trim().min(40).max(400)),
        /** Shown when items are left blank; `{count}` becomes their number. */
        unanswered: prose(z.string().trim().min(20).max(300).includes('{count}')),
      })
      .strict(),
    /** The forced-choice pairs that tip the wording of a close call. */
    tiebreaks: z
      .object({
        /** The question asked with every pair. */
        question: prose(z.string().trim().min(10).max(80)),
        /** The headline of a close call that the tie-breaks tip toward each end. */
        tilt: z
          .object({ product: prose(z.string().trim().min(10)), project: prose(z.string().trim().min(10)) })
          .strict(),
        /** Three or four pairs. */
        pairs: z.array(quizTiebreakPairSchema).min(3).max(4),
      })
      .strict(),
    /** The texts of the four outcomes. */
    outcomes: z
      .object({
        'leans-product': quizOutcomeSchema,
        'leans-project': quizOutcomeSchema,
        'close-call': quizOutcomeSchema,
        hybrid: quizOutcomeSchema,
      })
      .strict(),
  })
  .strict();

/** The quiz as the lib sees it once the schema has checked it. */
export type QuizData = z.output<typeof quizBaseSchema>;

/**
 * The quiz (`src/content/quiz.yaml`). Besides each field's rules: every dimension has its two ends
 * and at least 6 items with both ends represented, items name a known dimension, ids are unique,
 * and no item is worded as a negation. Each message names the item or dimension at fault.
 */
export const quizSchema = quizBaseSchema.superRefine((data, ctx) => {
  for (const problem of findQuizProblems(data)) {
    ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  }
});
