/** Every scenario file passes the schema and the validator, and cites pages and glossary entries that exist. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblem, validateScenario } from '../../src/lib/simulator';
import type { Scenario } from '../../src/lib/simulator';
import { scenarioSchema } from '../../src/schemas';

const dir = 'src/content/scenarios';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const glossaryIds = new Set(
  (parse(readFileSync('src/content/glossary.yaml', 'utf8')) as { id: string }[]).map((g) => g.id),
);

function load(file: string): Scenario {
  const result = scenarioSchema.safeParse(parse(readFileSync(`${dir}/${file}`, 'utf8')));
  if (!result.success)
    throw new Error(`${file}:\n${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}`);
  return result.data;
}

/** Whether a site path (`/guides/x/`, `/glossary/#id`) names a page or glossary entry that exists. */
function pageExists(path: string): boolean {
  const [page = '', anchor] = path.split('#');
  if (page === '/glossary/') return anchor === undefined || glossaryIds.has(anchor);
  if (anchor !== undefined) return false;
  const parts = page.split('/').filter(Boolean);
  const [section, slug] = parts;
  if (section === undefined) return true;
  if (['guides', 'process-groups', 'careers'].includes(section)) {
    return existsSync(`src/content/${section}/${slug ?? 'index'}.mdx`);
  }
  return (
    parts.length === 1 && (existsSync(`src/content/pages/${section}.mdx`) || existsSync(`src/pages/${section}.astro`))
  );
}

describe.each(files)('%s', (file) => {
  const scenario = load(file);
  it('has the id of its file name', () => {
    expect(`${scenario.id}.yaml`).toBe(file);
  });
  it('passes validation', () => {
    expect(validateScenario(scenario, file).map(formatProblem)).toEqual([]);
  });
  it('teaches only on pages and glossary entries that exist', () => {
    const paths = scenario.campaigns.flatMap((c) => [
      ...c.decisions.flatMap((d) => d.choices.map((ch) => ch.teaches)),
      ...c.events.map((e) => e.teaches),
    ]);
    expect(paths.filter((p) => !pageExists(p))).toEqual([]);
  });
  it('has a product and a project campaign, sharing at least three moments', () => {
    expect(scenario.campaigns.map((c) => c.role).sort()).toEqual(['product', 'project']);
    const moments = scenario.campaigns.map((c) => new Set(c.decisions.flatMap((d) => (d.moment ? [d.moment] : []))));
    const shared = [...(moments[0] ?? [])].filter((m) => moments[1]?.has(m));
    expect(shared.length).toBeGreaterThanOrEqual(3);
  });
});

it('has at least two initiatives', () => {
  expect(files.length).toBeGreaterThanOrEqual(2);
});
