/**
 * Every content collection and its schema. Content lives in `src/content/`; this file says
 * what shape it must have. A wrong field fails the build with a message that names the file
 * and the field, so an author finds the typo without reading code.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import {
  articleSchema,
  comparisonSchema,
  glossarySchema,
  processSchema,
  ladderSchema,
  quizSchema,
  scenarioSchema,
  sourceSchema,
} from './schemas';

/** An MDX section: every `.mdx` file below `src/content/{folder}/`, checked as an article. */
function articles(folder: string) {
  return defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `./src/content/${folder}` }),
    schema: articleSchema,
  });
}

/** Long-form guides: `/guides/{id}/`. */
const guides = articles('guides');
/** The process-group overview (`index.mdx`) and one page per group: `/process-groups/{id}/`. */
const processGroups = articles('process-groups');
/** Careers pages: `/careers/{id}/`, with `index.mdx` as `/careers/`. */
const careers = articles('careers');
/** Stand-alone pages that are not part of a section (`/knowledge-areas/`). */
const pages = articles('pages');

/** Every reference the site cites, listed at `/sources/`. */
const sources = defineCollection({
  loader: file('src/content/sources.yaml'),
  schema: sourceSchema,
});

/** Terms from both fields, listed at `/glossary/`. */
const glossary = defineCollection({
  loader: file('src/content/glossary.yaml'),
  schema: glossarySchema,
});

/** The 49 processes of the PMBOK Guide 6th edition, one entry each. */
const processes = defineCollection({
  loader: file('src/content/processes.yaml'),
  schema: processSchema,
});

/** The comparison table at /compare/: one entry, `table`, holding its themes, roles and dimensions. */
const comparison = defineCollection({
  loader: file('src/content/comparison.yaml', {
    parser: (text) => ({ table: parseYaml(text) as Record<string, unknown> }),
  }),
  schema: comparisonSchema,
});

/** The career-fit quiz at /quiz/ and /quiz/method/: one entry, `quiz`, holding its items, scale and outcomes. */
const quiz = defineCollection({
  loader: file('src/content/quiz.yaml', { parser: (text) => ({ quiz: parseYaml(text) as Record<string, unknown> }) }),
  schema: quizSchema,
});

/**
 * The role simulator's initiatives at /simulator/: one YAML file each (`campus-app.yaml`), with a
 * product and a project campaign. The schema runs `validateScenario`, so a broken decision graph,
 * an unknown meter or a missing "why" fails the build naming the file and the decision.
 */
const scenarios = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/scenarios' }),
  schema: scenarioSchema,
});

/** The two career ladders on /careers/: `product` and `project`, entry level first. */
const ladders = defineCollection({
  loader: file('src/content/ladders.yaml'),
  schema: ladderSchema,
});

export const collections = {
  ladders,
  quiz,
  scenarios,
  guides,
  processGroups,
  careers,
  pages,
  sources,
  glossary,
  processes,
  comparison,
};
