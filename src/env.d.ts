/**
 * For tools that read TypeScript without Astro's language service (ESLint's type-aware rules):
 * an imported `.astro` file is a component. `astro check` resolves the real component types and
 * ignores this fallback.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}

/** The address of a module bundled as a chunk of its own, not loaded (scripts/chunk-url.mjs). */
declare module '*?chunk-url' {
  const url: string;
  export default url;
}

/** What a page's components share while it renders (one object per page). */
declare namespace App {
  interface Locals {
    /** How many <Term>s the page has so far: each gets ids of its own (Term.astro). */
    termCount?: number;
  }
}
