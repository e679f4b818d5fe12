import { z } from 'astro/zod';
import { prose } from './text';
import { findDataProblems } from '../lib/comparison/validate';
import { kebabId } from './ids';
import { ROLE_FIELDS } from '../lib/site/fields';
import { MIN_ROLES } from '../lib/comparison/validate';

/** One role's answer for one dimension: a cell of the table at `/compare/`. */
export const comparisonCellSchema = z.object({
  /** The answer in a few words, shown in bold; cells with the same summary count as the same answer. */
  summary: prose(z.string().min(2).max(48)),
  /** One to three sentences in your own words (counted by the build). */
  text: prose(z.string().min(20).max(480)),
  /** Ids of entries in `/sources/` that back the cell; an unknown id fails the build. */
  sources: z.array(kebabId).min(1),
});

/** A role the table can compare. */
export const comparisonRoleSchema = z.object({
  /** The id used in the URL (`/compare/?roles=product-manager,scrum-master`): keep it stable. */
  id: kebabId,
  /** The role's name as a column heading (`Product manager`). */
  name: prose(z.string().min(3).max(40)),
  /** Which colour code the column carries: product, project, or neutral for every other role. */
  field: z.enum(ROLE_FIELDS),
  /** The role's entry in `/glossary/`, linked from its column heading. */
  glossary: kebabId.optional(),
});

/** A group of dimensions a reader can filter by (`/compare/?theme=career`). */
export const comparisonThemeSchema = z.object({
  /** The id used in the URL: keep it stable. */
  id: kebabId,
  /** The theme's name as a reader sees it. */
  label: prose(z.string().min(3).max(40)),
});

/** One row of the table: something to compare, with a cell for every role. */
export const comparisonDimensionSchema = z.object({
  /** A stable id for the row. */
  id: kebabId,
  /** The id of the theme the row belongs to. */
  theme: kebabId,
  /** The row's heading (`Time horizon`). */
  label: prose(z.string().min(3).max(40)),
  /** The question the row answers, shown under its heading (`How long does the work last?`). */
  question: prose(z.string().min(10).max(100)),
  /** One cell per role, keyed by role id: a missing or extra cell fails the build. */
  cells: z.record(kebabId, comparisonCellSchema),
});

/**
 * The whole comparison (`src/content/comparison.yaml`). The first two roles are the default
 * comparison and the table a reader sees without JavaScript. Besides each field's own rules, every
 * dimension must have a cell for every role, ids must be unique, and every theme must be used.
 */
export const comparisonSchema = z
  .object({
    /** The themes, in the order the table shows them. */
    themes: z.array(comparisonThemeSchema).min(1),
    /** The roles, in the order a reader picks from; product manager and project manager first. */
    roles: z.array(comparisonRoleSchema).min(MIN_ROLES),
    /** The rows, in the order the table shows them. */
    dimensions: z.array(comparisonDimensionSchema).min(1),
  })
  .superRefine((data, ctx) => {
    for (const problem of findDataProblems(data)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });

export type Comparison = z.infer<typeof comparisonSchema>;
