export interface Crumb {
  href: string;
  label: string;
}

/**
 * The trail from the home page to `path`. `titleFor` names each ancestor; an ancestor without
 * a page of its own (it returns undefined) is left out, so no crumb ever links to a 404.
 */
export function breadcrumbs(
  path: string,
  currentTitle: string,
  titleFor: (href: string) => string | undefined,
): Crumb[] {
  const segments = path.split('/').filter(Boolean);
  const trail: Crumb[] = [{ href: '/', label: 'Home' }];
  for (let i = 1; i < segments.length; i++) {
    const href = `/${segments.slice(0, i).join('/')}/`;
    const label = titleFor(href);
    if (label) trail.push({ href, label });
  }
  if (segments.length > 0) trail.push({ href: `/${segments.join('/')}/`, label: currentTitle });
  return trail;
}

/** What a trail needs to know of the section a page belongs to. */
export interface CrumbSection {
  href: string;
  label: string;
  /** False when `href` is only the section's first page (the tools): the crumb is then plain text. */
  landing: boolean;
}

/** A crumb as the trail shows it: a section without a landing page has no link. */
export interface TrailCrumb {
  href?: string | undefined;
  label: string;
}

/**
 * The trail with the page's section named as the header names it, right after Home, so the
 * breadcrumbs and the header always agree (/knowledge-areas/ sits under "Process groups",
 * /compare/ under "Tools"). An ancestor that is the section's landing page is replaced by the
 * section crumb; the page itself keeps its own title; the home page's trail is unchanged.
 */
export function withSection(crumbs: readonly Crumb[], section: CrumbSection | undefined): TrailCrumb[] {
  const current = crumbs.at(-1);
  if (!section || crumbs.length < 2 || !current) return [...crumbs];
  if (section.landing && current.href === section.href) return [...crumbs];
  const ancestors = crumbs.slice(1, -1).filter((c) => c.href !== section.href);
  const sectionCrumb: TrailCrumb = { href: section.landing ? section.href : undefined, label: section.label };
  return [crumbs[0]!, sectionCrumb, ...ancestors, current];
}
