/**
 * The shape of the comparison data once the schema has checked it. The lib depends on these
 * plain types, not on Zod or Astro, so the island and the unit tests can use it as is.
 */

/** Which colour code a role carries: product and project have one each; the others stay neutral. */
import type { RoleField } from '../site/fields';

export type { RoleField };

/** One answer: a role's entry for one dimension. */
export interface ComparisonCell {
  /** The answer in a few words; equal summaries count as the same answer. */
  summary: string;
  /** One to three sentences. */
  text: string;
  /** Ids of entries in /sources/. */
  sources: string[];
}

export interface ComparisonRole {
  id: string;
  name: string;
  field: RoleField;
  /** Id of the role's entry in /glossary/, when it has one. */
  glossary?: string | undefined;
}

export interface ComparisonTheme {
  id: string;
  label: string;
}

/** One row of the table: a thing to compare, with one cell per role. */
export interface ComparisonDimension {
  id: string;
  theme: string;
  label: string;
  /** The question the row answers, shown under its label. */
  question: string;
  cells: Record<string, ComparisonCell>;
}

export interface ComparisonData {
  themes: ComparisonTheme[];
  roles: ComparisonRole[];
  dimensions: ComparisonDimension[];
}

/** What a citation needs to render: the label on the link and the words a screen reader hears. */
export interface SourceLabel {
  short: string;
  title: string;
}
