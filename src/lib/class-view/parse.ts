/**
 * Reading what an instructor pasted: one submission per line, a link (or the bare code a link
 * carries), with an optional name typed before or after it. Nothing here looks anything up; it
 * only finds the code and says which tool it belongs to.
 */

/** The tools a class view reads, and the query parameter each one's links carry. */
export type ToolKind = 'quiz' | 'simulator';
export const QUIZ_PARAM = 'r';
export const RUN_PARAM = 'run';

/** At most this many lines are read; the rest are counted as dropped. */
export const MAX_LINES = 2000;
/** A line longer than this cannot be a link from the site. */
export const MAX_LINE_LENGTH = 2000;

export interface PastedLine {
  /** 1-based line number in what was pasted. */
  line: number;
  /** The whole line, trimmed. */
  text: string;
  /** A name the instructor typed on the line, or '' when there is none. */
  name: string;
  /** The link or code found on the line, or '' when none. */
  token: string;
}

/** What a token turned out to be, before any decoding. */
export type Classified =
  { kind: ToolKind; code: string } | { kind: 'other-tool'; tool: string } | { kind: 'not-a-link' };

const URLISH = /^(https?:\/\/|\/|\.\/|[a-z0-9.-]+\.[a-z]{2,}\/|\?)/i;
const QUIZ_CODE = /^v\d{1,6}\./i;
const RUN_CODE = /^[a-z0-9-]+\.\d{1,4}\.[a-z]+\.[0-9a-z]{1,7}\.\d*$/i;

/** Splits pasted text into lines, keeping line numbers; blank lines and `#` comments are skipped. */
export function splitLines(text: string): PastedLine[] {
  const lines: PastedLine[] = [];
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  rows.forEach((row, i) => {
    const trimmed = row.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    lines.push({ line: i + 1, text: trimmed, ...findToken(trimmed) });
  });
  return lines;
}

/** The link or code on a line and the name around it: "Ana, https://…/quiz/?r=v1.…" or "https://… Ana". */
export function findToken(text: string): { token: string; name: string } {
  const words = text.split(/\s+/);
  const index = words.findIndex((w) => {
    const bare = stripPunctuation(w);
    return URLISH.test(bare) || QUIZ_CODE.test(bare) || RUN_CODE.test(bare) || /[?&](r|run)=/.test(bare);
  });
  if (index === -1) return { token: '', name: cleanName(text) };
  const token = stripPunctuation(words[index] ?? '');
  const name = cleanName([...words.slice(0, index), ...words.slice(index + 1)].join(' '));
  return { token, name };
}

/** Removes what often clings to a pasted link: quotes, angle brackets, a trailing comma or full stop. */
function stripPunctuation(word: string): string {
  return word.replace(/^[<("'“‘[]+/, '').replace(/[>)"'”’\],;.]+$/, '');
}

/** A typed name, without the separators people put between it and the link. */
function cleanName(text: string): string {
  return text
    .replace(/^[\s,;:|\-–—]+|[\s,;:|\-–—]+$/g, '')
    .replace(/\s+/g, ' ')
    .slice(0, 60);
}

/** Which tool a token belongs to, and its code. Accepts full links, site paths, bare queries and bare codes. */
export function classify(token: string): Classified {
  if (token === '') return { kind: 'not-a-link' };
  if (QUIZ_CODE.test(token) && !token.includes('/') && !token.includes('?')) return { kind: 'quiz', code: token };
  if (RUN_CODE.test(token)) return { kind: 'simulator', code: token };
  let url: URL;
  try {
    url = new URL(token, 'https://class.invalid/');
  } catch {
    return { kind: 'not-a-link' };
  }
  const run = url.searchParams.get(RUN_PARAM);
  if (run !== null) return { kind: 'simulator', code: run };
  const quiz = url.searchParams.get(QUIZ_PARAM);
  if (quiz !== null) return { kind: 'quiz', code: quiz };
  const path = url.pathname.toLowerCase();
  if (path.includes('/compare/')) return { kind: 'other-tool', tool: 'the comparison table' };
  if (path.includes('/quiz/')) return { kind: 'other-tool', tool: 'the quiz page without a result' };
  if (path.includes('/simulator/')) return { kind: 'other-tool', tool: 'the simulator page without a run' };
  if (url.origin !== 'https://class.invalid' || token.startsWith('/'))
    return { kind: 'other-tool', tool: 'another page' };
  return { kind: 'not-a-link' };
}
