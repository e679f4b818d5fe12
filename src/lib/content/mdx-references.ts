/**
 * Reads which sources and glossary terms an MDX body refers to. The build fails on an unknown
 * id in the components themselves; these functions let `/sources/` list the pages citing each
 * source, and let the content tests check every page before a build.
 */
const CITE = /<Cite\s+[^>]*?\bid=["']([^"']+)["']/g;
const TERM = /<Term\s+[^>]*?\bid=["']([^"']+)["']/g;

function uniqueMatches(body: string, pattern: RegExp): string[] {
  return [...new Set([...body.matchAll(pattern)].map((m) => m[1] as string))];
}

/** Source ids cited in an MDX body, each once, in order of first use. */
export function citedSourceIds(body: string): string[] {
  return uniqueMatches(body, CITE);
}

/** Glossary ids linked from an MDX body, each once, in order of first use. */
export function linkedTermIds(body: string): string[] {
  return uniqueMatches(body, TERM);
}

/**
 * Words of prose in an MDX body: front matter, import/export lines, comments, code fences,
 * JSX tags and Markdown punctuation are left out; the text inside components counts.
 */
export function proseWordCount(body: string): number {
  const prose = withoutEsm(body)
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>|`~-]+/g, ' ');
  return prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** Drops MDX's import and export blocks, which run until the next blank line. */
function withoutEsm(body: string): string {
  const kept: string[] = [];
  let inEsm = false;
  for (const line of body.split('\n')) {
    if (!inEsm && /^(?:import|export)\s/.test(line)) inEsm = true;
    if (inEsm && line.trim() === '') inEsm = false;
    if (!inEsm) kept.push(line);
  }
  return kept.join('\n');
}
