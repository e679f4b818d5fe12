/**
 * Every internal URL goes through `withBase()`, so the site works when it is published under a
 * sub-path (`BASE_PATH=/which-pm/`): `withBase('/guides/')` is `/which-pm/guides/` there and `/guides/`
 * at a domain's root. Queries and hashes are kept. A unit test fails on a hard-coded root-relative
 * link in components, pages, layouts and scripts.
 */

/** Joins a base (`/` or `/sub/path/`) and a site path (`/guides/#x`) without doubling slashes. */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path}`;
}

/** The site's base path as configured at build time, always ending in `/`. */
export const BASE = (() => {
  const base = import.meta.env.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
})();

/** The URL of a page of this site: `withBase('/compare/?roles=a,b')`. */
export function withBase(path: string): string {
  return joinBase(BASE, path);
}

/** The site path of a URL path under the base: `/which-pm/guides/` -> `/guides/`. */
export function stripBase(pathname: string, base: string = BASE): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : pathname;
}
