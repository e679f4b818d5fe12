/**
 * The five process groups of the PMBOK Guide (6th edition), in the order a project meets
 * them. The slugs are public URLs (`/process-groups/{slug}/`): keep them stable.
 */
export const PROCESS_GROUPS = [
  { slug: 'initiating', name: 'Initiating' },
  { slug: 'planning', name: 'Planning' },
  { slug: 'executing', name: 'Executing' },
  { slug: 'monitoring-and-controlling', name: 'Monitoring and Controlling' },
  { slug: 'closing', name: 'Closing' },
] as const;

export type ProcessGroupSlug = (typeof PROCESS_GROUPS)[number]['slug'];

export const PROCESS_GROUP_SLUGS = PROCESS_GROUPS.map((g) => g.slug) as [ProcessGroupSlug, ...ProcessGroupSlug[]];
