/**
 * Typographic quotes everywhere a reader reads: the MDX text gets them from Markdown, the data
 * (YAML, front matter) from the schemas (src/schemas/text.ts), and hand-typed component text from
 * its author. Reads the built HTML and the tools' data files; code, scripts and styles are left out.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect } from '@playwright/test';
import { DIST, htmlFiles } from '../support/site-pages';

const STRAIGHT = /['"]/;

function decode(text: string): string {
  return text.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&#34;', '"').replaceAll('&amp;', '&');
}

/** The text a reader sees (or hears) in a page: text nodes and the attributes that are read out. */
function readerText(html: string): string[] {
  const body = html
    .replace(/<(script|style|pre|code|kbd)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, ' ');
  const attributes = [...body.matchAll(/\s(?:aria-label|title|alt|placeholder|content)="([^"]*)"/g)].map((m) =>
    decode(m[1] ?? ''),
  );
  const text = body
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((t) => decode(t).trim())
    .filter(Boolean);
  return [...attributes, ...text];
}

test('no straight quote in any page’s text', () => {
  const found: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const page = `/${relative(DIST, file).replace(/index\.html$/, '')}`;
    for (const text of readerText(readFileSync(file, 'utf8'))) {
      if (STRAIGHT.test(text)) found.push(`${page}: ${text.slice(0, 100)}`);
    }
  }
  expect(found).toEqual([]);
});

test('no straight quote in the tools’ data (labels, questions, briefs, cells)', () => {
  const found: string[] = [];
  const walk = (value: unknown, where: string): void => {
    if (typeof value === 'string' && STRAIGHT.test(value)) found.push(`${where}: ${value.slice(0, 100)}`);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
  };
  for (const tool of ['compare', 'quiz', 'simulator']) {
    walk(JSON.parse(readFileSync(join(DIST, tool, 'data.json'), 'utf8')), tool);
  }
  expect(found).toEqual([]);
});
