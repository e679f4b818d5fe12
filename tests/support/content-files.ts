/**
 * Reads the content files straight from disk, so the content tests check every page in
 * seconds, before (and without) a build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'src', 'content');

export interface MdxFile {
  /** Path relative to the repository root, for messages. */
  file: string;
  /** The collection folder: guides, process-groups, careers, pages. */
  section: string;
  frontMatter: Record<string, unknown>;
  body: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

export function mdxFiles(): MdxFile[] {
  return ['guides', 'process-groups', 'careers', 'pages'].flatMap((section) => {
    // A missing section folder is an error, not an empty section: a test over no files passes whatever it checks.
    const files = walk(join(CONTENT, section)).filter((f) => f.endsWith('.mdx'));
    if (files.length === 0) throw new Error(`src/content/${section}/ has no MDX file`);
    return files.map((path) => {
      const text = readFileSync(path, 'utf8');
      const match = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
      if (!match) throw new Error(`${relative(ROOT, path)} has no front matter`);
      return {
        file: relative(ROOT, path),
        section,
        frontMatter: parse(match[1] as string) ?? {},
        body: match[2] as string,
      };
    });
  });
}

export function yamlData<T = Record<string, unknown>>(name: string): T[] {
  return parse(readFileSync(join(CONTENT, name), 'utf8')) as T[];
}
