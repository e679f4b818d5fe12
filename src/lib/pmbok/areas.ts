/**
 * The ten knowledge areas of the PMBOK Guide (6th edition), numbered as the Guide numbers
 * its chapters (4 to 13). `fifthEditionName` is set where the 5th edition (2013) used a
 * different name, because older course material and the commissioning article still do.
 * The slugs are the anchors on `/knowledge-areas/` (`#risk`): keep them stable.
 */
export const KNOWLEDGE_AREAS = [
  { slug: 'integration', chapter: 4, name: 'Project Integration Management', shortName: 'Integration' },
  { slug: 'scope', chapter: 5, name: 'Project Scope Management', shortName: 'Scope' },
  {
    slug: 'schedule',
    chapter: 6,
    name: 'Project Schedule Management',
    shortName: 'Schedule',
    fifthEditionName: 'Project Time Management',
  },
  { slug: 'cost', chapter: 7, name: 'Project Cost Management', shortName: 'Cost' },
  { slug: 'quality', chapter: 8, name: 'Project Quality Management', shortName: 'Quality' },
  {
    slug: 'resource',
    chapter: 9,
    name: 'Project Resource Management',
    shortName: 'Resource',
    fifthEditionName: 'Project Human Resource Management',
  },
  { slug: 'communications', chapter: 10, name: 'Project Communications Management', shortName: 'Communications' },
  { slug: 'risk', chapter: 11, name: 'Project Risk Management', shortName: 'Risk' },
  { slug: 'procurement', chapter: 12, name: 'Project Procurement Management', shortName: 'Procurement' },
  { slug: 'stakeholder', chapter: 13, name: 'Project Stakeholder Management', shortName: 'Stakeholder' },
] as const satisfies readonly {
  slug: string;
  chapter: number;
  name: string;
  shortName: string;
  fifthEditionName?: string;
}[];

export type KnowledgeAreaSlug = (typeof KNOWLEDGE_AREAS)[number]['slug'];

export const KNOWLEDGE_AREA_SLUGS = KNOWLEDGE_AREAS.map((a) => a.slug) as [KnowledgeAreaSlug, ...KnowledgeAreaSlug[]];
