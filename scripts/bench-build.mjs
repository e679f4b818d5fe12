// @ts-check
/**
 * npm run bench:build [-- --pages 1000] [-- --sizes 250,500,1000,2000] [-- --no-starlight]
 *
 * How the build scales with content. For each size N: copies the project to a temporary folder,
 * adds N generated MDX guide pages that use the real layout and components (headings, a list, a
 * table, links, <Cite>, <Term>, <Note>, <KeyTakeaways>), builds it with the search index, and
 * prints pages, seconds, pages per second, peak memory and the search index's size. It then builds
 * the same N pages (Starlight's own components in place of ours) with a pinned Starlight installed
 * in a temporary folder of its own, never in this project, and prints the same figures beside.
 *
 * Peak memory is the build process's maximum resident set (GNU time), Pagefind's indexer included
 * for our site (it runs inside the build) and for Starlight's (it does too).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The Starlight release compared against, and the Astro it runs on (the project's own version). */
const STARLIGHT = '0.42.4';
const ASTRO = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version;
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report', 'coverage']);

function args() {
  const argv = process.argv.slice(2);
  /** @param {string} name */
  const value = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (value('--sizes') ?? value('--pages') ?? '1000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--pages/--sizes: whole numbers, such as 250,500');
  return { sizes, starlight: !argv.includes('--no-starlight'), keep: argv.includes('--keep') };
}

/** Ids that exist, so generated pages pass the build's checks like real ones. */
function ids() {
  const sources = parseYaml(readFileSync(join(ROOT, 'src/content/sources.yaml'), 'utf8')).map(
    (/** @type {{ id: string }} */ s) => s.id,
  );
  const terms = parseYaml(readFileSync(join(ROOT, 'src/content/glossary.yaml'), 'utf8')).map(
    (/** @type {{ id: string }} */ t) => t.id,
  );
  return { sources, terms };
}

const WORDS =
  'scope schedule budget roadmap backlog stakeholder charter risk quality vision outcome release sprint customer metric team plan review launch feedback'.split(
    ' ',
  );
/** A deterministic paragraph of about 60 words. @param {number} seed */
function paragraph(seed) {
  /** @type {string[]} */
  const out = [];
  for (let i = 0; i < 60; i += 1) out.push(WORDS[(seed * 7 + i * 13 + ((seed * i) % 11)) % WORDS.length] ?? '');
  const first = out[0] ?? '';
  out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${out.join(' ')}.`;
}

/**
 * One page's body, about 900 words in five sections. `flavour` picks the components: ours, or
 * Starlight's equivalents for the same places.
 * @param {number} n @param {'ours' | 'starlight'} flavour @param {{ sources: string[], terms: string[] }} known
 */
function body(n, flavour, known) {
  /** @param {number} i */
  const cite = (i) => (flavour === 'ours' ? ` <Cite id="${known.sources[(n + i) % known.sources.length]}" />` : '');
  /** @param {number} i @param {string} text */
  const term = (i, text) =>
    flavour === 'ours' ? `<Term id="${known.terms[(n + i) % known.terms.length]}">${text}</Term>` : `**${text}**`;
  /** @param {string} text */
  const note = (text) => (flavour === 'ours' ? `<Note>\n\n${text}\n\n</Note>` : `<Aside>\n\n${text}\n\n</Aside>`);
  /** @param {string} items */
  const takeaways = (items) =>
    flavour === 'ours'
      ? `<KeyTakeaways>\n\n${items}\n\n</KeyTakeaways>`
      : `<Aside type="tip" title="Key takeaways">\n\n${items}\n\n</Aside>`;
  const sections = [];
  for (let s = 0; s < 5; s += 1) {
    sections.push(
      `## Section ${s + 1} of page ${n}\n\n${paragraph(n + s)} A ${term(s, 'key term')} matters here${cite(s)}.\n\n` +
        `### Detail ${s + 1}\n\n${paragraph(n * 3 + s)}\n\n- ${paragraph(s)}\n- See [the guides](/guides/) and [the glossary](/glossary/).\n\n` +
        (s === 2
          ? `| Role | Answers for |\n| --- | --- |\n| Product | outcomes ${n} |\n| Project | delivery ${n} |\n\n`
          : '') +
        (s === 3 ? `${note(paragraph(n + 99))}\n\n` : ''),
    );
  }
  return `${takeaways(`- ${paragraph(n + 1).slice(0, 80)}\n- ${paragraph(n + 2).slice(0, 80)}`)}\n\n${sections.join('')}`;
}

/** @param {number} n */
const pad = (n) => String(n).padStart(5, '0');

/** @param {string} dir @param {number} count @param {{ sources: string[], terms: string[] }} known */
function addOurPages(dir, count, known) {
  const folder = join(dir, 'src/content/guides/bench');
  mkdirSync(folder, { recursive: true });
  for (let n = 1; n <= count; n += 1) {
    const front = [
      '---',
      `title: Generated guide ${n}`,
      `description: A generated page for the build benchmark, number ${n}, with the same parts a real guide has.`,
      `order: ${100 + n}`,
      'reviewed: 2026-11-22',
      'objectives:',
      '  - Measure how the build time grows with the number of pages.',
      '---',
    ].join('\n');
    writeFileSync(join(folder, `page-${pad(n)}.mdx`), `${front}\n\n${body(n, 'ours', known)}`);
  }
}

/** @param {string} dir @param {number} count @param {{ sources: string[], terms: string[] }} known */
function addStarlightPages(dir, count, known) {
  const folder = join(dir, 'src/content/docs/guides/bench');
  rmSync(join(dir, 'src/content/docs'), { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(dir, 'src/content/docs/index.mdx'), '---\ntitle: Home\n---\n\nHome.\n');
  writeFileSync(join(dir, 'src/content/docs/glossary.mdx'), '---\ntitle: Glossary\n---\n\nTerms.\n');
  writeFileSync(join(dir, 'src/content/docs/guides/index.mdx'), '---\ntitle: Guides\n---\n\nGuides.\n');
  for (let n = 1; n <= count; n += 1) {
    const front = `---\ntitle: Generated guide ${n}\ndescription: A generated page for the build benchmark, number ${n}, with the same parts a real guide has.\n---`;
    const imports = "import { Aside } from '@astrojs/starlight/components';";
    writeFileSync(join(folder, `page-${pad(n)}.mdx`), `${front}\n\n${imports}\n\n${body(n, 'starlight', known)}`);
  }
}

/** A Starlight project with its dependencies, installed once per version in the temp folder. */
function starlightProject() {
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

/** A copy of this project without its installs and outputs, sharing node_modules by a link. */
function ourProject() {
  const dir = mkdtempSync(join(tmpdir(), 'which-pm-bench-'));
  for (const name of readdirSync(ROOT)) {
    if (SKIP.has(name)) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** @param {string} dir */
function folderBytes(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** @param {string} dir @returns {{ seconds: number, peakMB: number, pages: number, indexKB: number }} */
function build(dir) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', 'npx', 'astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      // Both sites build on the project's Node (the `node` dev dependency), whatever the system has.
      PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
      SITE_URL: 'http://localhost:4321',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(run.stdout.slice(-4000), run.stderr.slice(-4000));
    throw new Error(`astro build failed in ${dir}`);
  }
  const peakKB = Number(run.stderr.trim().split('\n').at(-1));
  const pages = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  return { seconds, peakMB: peakKB / 1024, pages, indexKB: folderBytes(join(dir, 'dist/pagefind')) / 1024 };
}

function main() {
  const { sizes, starlight, keep } = args();
  if (!existsSync('/usr/bin/time')) throw new Error('This benchmark reads peak memory with GNU time (/usr/bin/time).');
  const known = ids();
  const rows = [];
  for (const n of sizes) {
    const ours = ourProject();
    addOurPages(ours, n, known);
    console.log(`Which PM? + ${n} pages…`);
    const a = build(ours);
    rows.push({ site: 'Which PM?', n, ...a });
    if (!keep) rmSync(ours, { recursive: true, force: true });
    else console.log(`kept: ${ours}`);
    if (starlight) {
      const sl = starlightProject();
      addStarlightPages(sl, n, known);
      console.log(`Starlight ${STARLIGHT} + ${n} pages…`);
      rows.push({ site: `Starlight ${STARLIGHT}`, n, ...build(sl) });
    }
  }
  console.log('\n| site | added pages | pages built | seconds | pages/s | peak memory | search index |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.site} | ${r.n} | ${r.pages} | ${r.seconds.toFixed(1)} | ${(r.pages / r.seconds).toFixed(0)} | ${r.peakMB.toFixed(0)} MB | ${(r.indexKB / 1024).toFixed(1)} MB |`,
    );
  }
}

main();
