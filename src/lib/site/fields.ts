/**
 * The two fields the site is about, defined once for the schemas and the lib: every colour code,
 * ladder, quiz end and simulator chair is one of these.
 */
export const FIELDS = ['product', 'project'] as const;
export type Field = (typeof FIELDS)[number];

/** A comparison column is product, project, or neutral (program manager, product owner, Scrum master). */
export const ROLE_FIELDS = [...FIELDS, 'neutral'] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];
