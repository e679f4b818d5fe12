/**
 * The components every MDX page can use without importing them. `docs/authoring.md` documents
 * each one for authors.
 */
import Cite from './Cite.astro';
import Term from './Term.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import Example from './Example.astro';
import Note from './Note.astro';
import Role from './Role.astro';
import Table from './Table.astro';
import PayChart from '../careers/PayChart.astro';

export const mdxComponents = {
  Cite,
  Term,
  KeyTakeaways,
  Example,
  Note,
  Role,
  PayChart,
  // Markdown tables render through Table, which adds a scroll container for narrow screens.
  table: Table,
};
