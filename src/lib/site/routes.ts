import { normalizePath } from './paths';

/**
 * The URL a file in `src/pages/` is served at, or undefined for a dynamic route (`[slug].astro`),
 * whose URLs come from content instead. `src/pages/compare/index.astro` -> `/compare/`.
 */
export function routeForPageFile(file: string): string | undefined {
  const match = file.match(/(?:^|\/)src\/pages\/(.*)\.(astro|md|mdx|ts|js)$/);
  if (!match) return undefined;
  const route = match[1] as string;
  if (route.includes('[')) return undefined;
  // An endpoint (`robots.txt.ts`) is served at its own file name, without a trailing slash.
  if (match[2] === 'ts' || match[2] === 'js') return `/${route}`;
  if (route === '404') return '/404.html';
  return normalizePath(`/${route.replace(/(?:^|\/)index$/, '')}`);
}
