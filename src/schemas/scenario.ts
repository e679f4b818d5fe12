import { z } from 'astro/zod';
import { prose } from './text';
import { FIELDS } from '../lib/site/fields';
import { formatProblem, validateScenario } from '../lib/simulator/validate';
import { PRODUCT_STAGES, PROJECT_STAGES } from '../lib/simulator/types';
import { kebabId, sitePath } from './ids';

/** A meter value or threshold: 0 to 100. */
const level = z.number().int().min(0).max(100);
/** Changes to meters, keyed by meter id: `{ schedule: -10, trust: 5 }`. An unknown meter fails the build. */
const effects = z.record(kebabId, z.number().int().min(-40).max(40));
/** A decision's stage: a process group (project campaigns) or a product stage (product campaigns). */
const stage = z.enum([...PROJECT_STAGES, ...PRODUCT_STAGES]);

/** One gauge of a campaign, shown as a number, in words and as a bar with its danger zone. */
export const meterSchema = z
  .object({
    /** Stable id, used in effects and conditions (`tech-debt`). */
    id: kebabId,
    /** The name a reader sees (`Tech debt`). */
    label: prose(z.string().min(3).max(30)),
    /** One line: what the number measures (`How much shortcut code the team will have to pay back`). */
    meaning: prose(z.string().min(10).max(140)),
    /** The value at the start of a run. */
    start: level,
    /** Which way is good: `up`, or `down` for meters such as tech debt and risk. */
    good: z.enum(['up', 'down']),
    /** The danger zone: below a threshold (meters better high) or above one (meters better low). */
    danger: z.object({ below: level.optional(), above: level.optional() }).strict(),
  })
  .strict();

/** One option in a decision. */
export const choiceSchema = z
  .object({
    /** Stable id (`interview-students`); the run link stores its position, so keep the order stable too. */
    id: kebabId,
    /** The button text, a short imperative (`Interview twenty students first`). */
    label: prose(z.string().min(3).max(90)),
    /** What the choice does to the meters. */
    effects,
    /** Why it lands this way: two or three sentences the reader sees after choosing. Empty fails the build. */
    why: prose(z.string().max(400)).default(''),
    /** How the other chair sees this choice, one or two sentences. Empty fails the build. */
    otherRole: prose(z.string().max(300)).default(''),
    /** A page of the site where the idea is taught (`/process-groups/planning/`, `/glossary/#scope-creep`). */
    teaches: sitePath,
    /** What the site would call it: `good` practice, `careless`, or `neutral` (the default). Bots read it. */
    practice: z.enum(['good', 'neutral', 'careless']).optional(),
    /** Strategy tags the bots read: `cautious`, `overcommit`, `cut-scope`. */
    style: z.array(z.enum(['cautious', 'overcommit', 'cut-scope'])).optional(),
    /** Flags the choice sets, for later events, branches and endings (`skipped-research`). */
    sets: z.array(kebabId).optional(),
    /** The next decision's id, or `end`; overrides the decision's `next` and its branches. */
    next: kebabId.optional(),
  })
  .strict();

/** A conditional route: when every flag is set (and none of `unless`), the run goes to `next`. */
export const branchSchema = z
  .object({
    /** Flags that must all be set. */
    flags: z.array(kebabId).min(1),
    /** Flags that must not be set. */
    unless: z.array(kebabId).optional(),
    /** The decision to go to. */
    next: kebabId,
  })
  .strict();

/** One decision: a moment of the campaign with 2 to 4 choices. */
export const decisionSchema = z
  .object({
    /** Stable id (`kickoff`). */
    id: kebabId,
    /** The process group or product stage it belongs to; it must match the campaign's role. */
    stage,
    /** A moment both campaigns of the initiative share (`late-scope-change`); each must appear in both. */
    moment: kebabId.optional(),
    /** The heading (`Who do you talk to first?`). */
    title: prose(z.string().min(5).max(80)),
    /** The situation, in two to four sentences. */
    prompt: prose(z.string().min(40).max(700)),
    /** How to play, shown on the first decision (required there). */
    controls: prose(z.string().min(20).max(400)).optional(),
    /** The choices, in the order shown. */
    choices: z.array(choiceSchema).min(2).max(4),
    /** The next decision's id, or `end`. */
    next: kebabId,
    /** Conditional routes, checked in order after a choice's own `next`. */
    branches: z.array(branchSchema).optional(),
  })
  .strict();

/** Something that changes an event's odds while it holds: a flag set, or a meter above or below a value. */
export const oddsModifierSchema = z
  .object({
    /** A flag that must be set. */
    flag: kebabId.optional(),
    /** A meter that must be above or below a value. */
    meter: kebabId.optional(),
    /** The meter must be above this value. */
    above: level.optional(),
    /** The meter must be below this value. */
    below: level.optional(),
    /** Added to the odds while the condition holds (`0.25`, or negative). */
    add: z.number().min(-1).max(1),
  })
  .strict();

/** Something that can happen after a choice, good or bad, drawn with seeded odds. */
export const eventSchema = z
  .object({
    /** Stable id (`rival-app`). */
    id: kebabId,
    /** The event card's heading. */
    title: prose(z.string().min(5).max(80)),
    /** What happened, one to three sentences. */
    text: prose(z.string().min(20).max(400)),
    /** Good or bad news. */
    kind: z.enum(['good', 'bad']),
    /** The chance per turn before modifiers, 0 to 1. */
    odds: z.number().min(0).max(1),
    /** What makes it likelier or less likely. */
    modifiers: z.array(oddsModifierSchema).optional(),
    /** The stages in which it can happen (all when absent). */
    stages: z.array(stage).optional(),
    /** Flags that must all be set for it to be possible. */
    requires: z.array(kebabId).optional(),
    /** What it does to the meters. */
    effects,
    /** Why it happened and what it teaches. Empty fails the build. */
    why: prose(z.string().max(400)).default(''),
    /** The page that teaches the idea. */
    teaches: sitePath,
    /** Flags it sets when it fires. */
    sets: z.array(kebabId).optional(),
  })
  .strict();

/** An ending: a named outcome profile, reached when its conditions hold. */
export const endingSchema = z
  .object({
    /** Stable id. */
    id: kebabId,
    /** Its name (`Shipped, loved, tired`). */
    title: prose(z.string().min(3).max(60)),
    /** What it means, two or three sentences. */
    text: prose(z.string().min(20).max(500)),
    /** Whether it is a full win, a mixed result or a loss. */
    tone: z.enum(['win', 'mixed', 'loss']),
    /** The conditions; endings are tried in order and the last one has none. */
    when: z
      .object({
        /** At most this many meters in danger. */
        maxDanger: z.number().int().min(0).max(6).optional(),
        /** At least this many meters in danger. */
        minDanger: z.number().int().min(0).max(6).optional(),
        /** Meters above or below values. */
        meters: z
          .array(z.object({ meter: kebabId, above: level.optional(), below: level.optional() }).strict())
          .optional(),
        /** Flags that must be set. */
        flags: z.array(kebabId).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** One initiative played from one chair. */
export const campaignSchema = z
  .object({
    /** The chair: `product` (product manager) or `project` (project manager). */
    role: z.enum(FIELDS),
    /** The campaign's name. */
    title: prose(z.string().min(5).max(80)),
    /** The role's brief: what you are accountable for here, two to four sentences. */
    brief: prose(z.string().min(40).max(700)),
    /** When present, the campaign cannot be fully won, and this sentence says why. */
    unwinnable: prose(z.string().min(20).max(300)).optional(),
    /** 4 to 6 meters. */
    meters: z.array(meterSchema).min(4).max(6),
    /** The first decision's id. */
    start: kebabId,
    /** The decisions; a run visits 8 to 12 of them. */
    decisions: z.array(decisionSchema).min(8).max(16),
    /** The events that can happen, good and bad. */
    events: z.array(eventSchema).min(2),
    /** The endings, tried in order; the last one catches every run. */
    endings: z.array(endingSchema).min(2),
    /** 3 or 4 questions for the debrief. */
    reflection: z
      .array(prose(z.string().min(15).max(240)))
      .min(3)
      .max(4),
  })
  .strict();

/**
 * One initiative (`src/content/scenarios/{id}.yaml`), playable as product manager and as project
 * manager. Besides each field's own rules, `validateScenario` checks the decision graph, meters,
 * flags, "why" texts and shared moments, and any problem fails the build naming file and decision.
 */
export const scenarioSchema = z
  .object({
    /** The id, equal to the file name without `.yaml`; it is part of every run link. */
    id: kebabId,
    /** Raise it whenever a change would alter a replayed run: old links then get a clear message. */
    version: z.number().int().min(1).max(9999),
    /** The initiative's name (`Campus app launch`). */
    title: prose(z.string().min(5).max(60)),
    /** One sentence for the list of initiatives. */
    summary: prose(z.string().min(20).max(200)),
    /** The situation both chairs share, two to four sentences. */
    brief: prose(z.string().min(40).max(700)),
    /** Exactly one product and one project campaign. */
    campaigns: z.array(campaignSchema).length(2),
  })
  .strict()
  .superRefine((data, ctx) => {
    for (const problem of validateScenario(data, `${data.id}.yaml`)) {
      ctx.addIssue({ code: 'custom', path: [], message: formatProblem(problem) });
    }
  });

export type ScenarioData = z.infer<typeof scenarioSchema>;
