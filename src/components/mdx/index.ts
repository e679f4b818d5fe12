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
import Link from './Link.astro';
import PayChart from '../careers/PayChart.astro';
import HeadingH2 from './HeadingH2.astro';
import HeadingH3 from './HeadingH3.astro';

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
  // Markdown links gain the base path when the site is published under a sub-path.
  a: Link,
  // Every h2 and h3 gets a link to itself, shown on hover and focus (see src/components/page/Heading.astro).
  h2: HeadingH2,
  h3: HeadingH3,
};
