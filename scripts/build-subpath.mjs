// @ts-check
/**
 * Builds the site as a school would publish it under a sub-path (BASE_PATH=/which-pm/) into a
 * folder of its own, so `npm test` checks both builds: playwright.subpath.config.ts serves it.
 */
import { spawnSync } from 'node:child_process';

export const SUBPATH_BASE = '/which-pm/';
export const SUBPATH_OUT = '.astro/dist-subpath';

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = spawnSync('npx', ['astro', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: SUBPATH_BASE, OUT_DIR: SUBPATH_OUT },
  });
  process.exit(result.status ?? 1);
}
