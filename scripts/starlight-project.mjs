// @ts-check
/**
 * The Starlight project the benchmarks compare against (npm run bench:build, npm run bench:weight):
 * a pinned @astrojs/starlight with this project's Astro, installed once per version in the temp
 * folder, never in this project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The Starlight release compared against. */
export const STARLIGHT = '0.42.4';
/** The Astro it runs on: the project's own version. */
const ASTRO = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version;

/** A Starlight project with its dependencies, installed once per version in the temp folder. */
export function starlightProject() {
  const dir = join(tmpdir(), `which-pm-bench-starlight-${STARLIGHT}-astro-${ASTRO}`);
  if (!existsSync(join(dir, 'node_modules/@astrojs/starlight'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify(
        {
          name: 'starlight-bench',
          private: true,
          type: 'module',
          dependencies: { astro: ASTRO, '@astrojs/starlight': STARLIGHT },
        },
        null,
        2,
      ),
    );
    console.log(`Installing @astrojs/starlight@${STARLIGHT} with astro@${ASTRO} into ${dir} (once)…`);
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: 'inherit',
    });
    if (install.status !== 0) throw new Error('npm install for the Starlight side failed');
  }
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ site: 'http://localhost:4321', integrations: [starlight({ title: 'Bench' })] });\n",
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  return dir;
}
