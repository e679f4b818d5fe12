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
