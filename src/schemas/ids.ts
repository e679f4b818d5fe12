import { z } from 'astro/zod';

/** A lower-case kebab-case identifier, used in URLs and anchors (`work-breakdown-structure`). */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, such as "project-charter"');

/** A path on this site, with the trailing slash every page URL has (`/guides/product-vs-project/`). */
export const sitePath = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, 'use a site path such as "/guides/product-vs-project/"');
