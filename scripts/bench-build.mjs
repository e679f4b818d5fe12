// @ts-check
/**
 * npm run bench:build [-- --pages 1000] [-- --sizes 250,500,1000,2000] [-- --runs 2] [-- --no-starlight]
 *
 * How the build scales with content. For each size N: copies the project to a temporary folder,
 * adds N generated MDX guide pages that use the real layout and components (headings, a list, a
 * table, links, <Cite>, <Term>, <Note>, <KeyTakeaways>), builds it with the search index, and
 * prints pages, seconds, pages per second, peak memory and the search index's size. It then builds
 * the same N pages (Starlight's own components in place of ours) with a pinned Starlight installed
 * in a temporary folder of its own, never in this project, and prints the same figures beside.
 *
 * Timings swing on a busy machine, so `--runs` repeats every size (the two sites take turns going
 * first) and the summary gives each size's fastest and slowest run, and how much longer the build
 * took than at the size before, beside how many more pages it had. Seconds are the `astro build`
 * process alone: no install, no copying, no page generation. Every build starts cold: the copy has
 * a node_modules of its own (links to this project's packages), so Astro's and Vite's caches are
 * its own, never this project's, and Starlight's caches are cleared before each of its builds.
 *
 * Peak memory is the largest resident set of any one process of the build (GNU time): the Node
 * process running Astro, or Pagefind's indexer (a process of its own, on both sites) if larger.
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
import { STARLIGHT, starlightProject } from './starlight-project.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
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
  const runs = Number(value('--runs') ?? '1');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs: a whole number, such as 2');
  return { sizes, runs, starlight: !argv.includes('--no-starlight'), keep: argv.includes('--keep') };
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

/** Caches that builds write into node_modules: each copy keeps its own, and each build starts without them. */
const CACHES = ['.astro', '.vite'];

/**
 * A copy of this project without its installs and outputs. Its node_modules is a folder of links
 * to this project's packages, so the build's caches (node_modules/.astro, node_modules/.vite) are
 * written in the copy, not in this project, where another build may be reading them.
 */
function ourProject() {
  const dir = mkdtempSync(join(tmpdir(), 'which-pm-bench-'));
  for (const name of readdirSync(ROOT)) {
    if (SKIP.has(name)) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (CACHES.includes(name)) continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
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
  for (const folder of ['dist', '.astro', ...CACHES.map((c) => join('node_modules', c))])
    rmSync(join(dir, folder), { recursive: true, force: true });
  const started = performance.now();
  // Astro's own command, not `npx astro`: npx would add its start-up (and npm's) to every figure.
  const run = spawnSync('/usr/bin/time', ['-f', '%M', 'node', join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
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

/** @typedef {{ site: string, run: number, n: number, seconds: number, peakMB: number, pages: number, indexKB: number }} Row */

/** Each site's fastest and slowest run per size, and how the time grew from the size before. @param {Row[]} rows */
function summary(rows) {
  console.log('\n| site | added pages | seconds (min–max) | pages/s (best) | time × vs size before | pages × |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const site of [...new Set(rows.map((r) => r.site))]) {
    /** @type {{ n: number, min: number } | undefined} */
    let before;
    for (const n of [...new Set(rows.map((r) => r.n))].sort((a, b) => a - b)) {
      const runs = rows.filter((r) => r.site === site && r.n === n);
      if (runs.length === 0) continue;
      const times = runs.map((r) => r.seconds);
      const [min, max] = [Math.min(...times), Math.max(...times)];
      const pages = Math.max(...runs.map((r) => r.pages));
      const growth = before ? `${(min / before.min).toFixed(2)}` : '';
      const more = before ? `${(n / before.n).toFixed(2)}` : '';
      console.log(
        `| ${site} | ${n} | ${min.toFixed(1)}–${max.toFixed(1)} | ${(pages / min).toFixed(0)} | ${growth} | ${more} |`,
      );
      before = { n, min };
    }
  }
}

function main() {
  const { sizes, runs, starlight, keep } = args();
  if (!existsSync('/usr/bin/time')) throw new Error('This benchmark reads peak memory with GNU time (/usr/bin/time).');
  const known = ids();
  /** @type {Row[]} */
  const rows = [];
  for (let run = 1; run <= runs; run += 1) {
    for (const n of sizes) {
      const ours = () => {
        const dir = ourProject();
        addOurPages(dir, n, known);
        console.log(`run ${run}: Which PM? + ${n} pages…`);
        rows.push({ site: 'Which PM?', run, n, ...build(dir) });
        if (!keep) rmSync(dir, { recursive: true, force: true });
        else console.log(`kept: ${dir}`);
      };
      const theirs = () => {
        const dir = starlightProject();
        addStarlightPages(dir, n, known);
        console.log(`run ${run}: Starlight ${STARLIGHT} + ${n} pages…`);
        rows.push({ site: `Starlight ${STARLIGHT}`, run, n, ...build(dir) });
      };
      // The sites take turns going first, so neither always builds on a cooler or warmer machine.
      const order = !starlight ? [ours] : run % 2 === 1 ? [ours, theirs] : [theirs, ours];
      for (const step of order) step();
    }
  }
  console.log('\n| site | run | added pages | pages built | seconds | pages/s | peak memory | search index |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.site} | ${r.run} | ${r.n} | ${r.pages} | ${r.seconds.toFixed(1)} | ${(r.pages / r.seconds).toFixed(0)} | ${r.peakMB.toFixed(0)} MB | ${(r.indexKB / 1024).toFixed(1)} MB |`,
    );
  }
  summary(rows);
}

main();
