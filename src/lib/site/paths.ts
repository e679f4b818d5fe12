/** Normalises a path to the form every page URL on the site has: leading and trailing slash. */
export function normalizePath(path: string): string {
  const withoutQuery = path.split(/[?#]/)[0] ?? '/';
  const trimmed = withoutQuery.replace(/\/{2,}/g, '/').replace(/\/index(?:\.html)?$/, '/');
  const leading = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return leading.endsWith('/') ? leading : `${leading}/`;
}

/** The URL of an entry in a section collection: `index` is the section's own page. */
export function entryPath(base: string, id: string): string {
  const root = normalizePath(base);
  return id === 'index' ? root : normalizePath(`${root}${id}`);
}
