/**
 * FAQ structured data from the HTML a FAQ page renders: each `<h2>` is a question and what
 * follows it, up to the next `<h2>`, is its answer. Built from the rendered HTML, so the
 * structured data holds exactly what the reader sees.
 */

/** The few named entities Markdown and MDX emit, plus numeric ones. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
export function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

/**
 * Removes every element whose class list has one of `classes`, with its content, however deeply
 * its own tags nest (a citation is a span holding a link holding spans).
 */
function dropByClass(fragment: string, classes: string[]): string {
  const open = new RegExp(`<(\\w+)\\b[^>]*\\bclass="(?:[^"]*\\s)?(?:${classes.join('|')})(?:\\s[^"]*)?"[^>]*>`, 'i');
  let rest = fragment;
  let out = '';
  for (let m = open.exec(rest); m; m = open.exec(rest)) {
    const tag = (m[1] ?? '').toLowerCase();
    out += rest.slice(0, m.index);
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = rest.length;
    for (let t = tags.exec(rest); t; t = tags.exec(rest)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    rest = rest.slice(end);
  }
  return out + rest;
}

/**
 * Visible answer text of an HTML fragment: blocks kept apart, spaces tidied. Citations are
 * left out (they point to /sources/, they are not part of the answer), and so is anything
 * hidden from sight: screen-reader-only text, a glossary term's popover (its definition shows
 * only on hover or tap), decorative heading anchors and icons.
 */
export function textOf(fragment: string): string {
  const withoutHidden = dropByClass(fragment, ['cite', 'visually-hidden', 'term-tip'])
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '')
    // Decorative bits such as heading anchors and icons.
    .replace(/<(\w+)\b[^>]*\baria-hidden="true"[^>]*>[\s\S]*?<\/\1>/gi, '');
  const blocks = withoutHidden
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|li|h[1-6]|dd|dt|blockquote|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  return (
    decode(blocks)
      .split('\n')
      // A removed citation leaves a space before the full stop that followed it.
      .map((line) =>
        line
          .replace(/\s+/g, ' ')
          .replace(/ ([.,;:!?)])/g, '$1')
          .trim(),
      )
      .filter(Boolean)
      .join('\n')
  );
}

export interface FaqEntry {
  question: string;
  answer: string;
}

/** The question-and-answer pairs of a rendered FAQ, in page order. */
export function faqEntries(html: string): FaqEntry[] {
  const entries: FaqEntry[] = [];
  const pattern = /<h2\b[^>]*>([\s\S]*?)<\/h2>([\s\S]*?)(?=<h2\b|$)/gi;
  for (const match of html.matchAll(pattern)) {
    const question = textOf(match[1] ?? '').replace(/\s*#\s*$/, '');
    const answer = textOf(match[2] ?? '');
    if (question && answer) entries.push({ question, answer });
  }
  return entries;
}

/** FAQPage JSON-LD for the entries, safe to place inside a <script> element. */
export function faqJsonLd(entries: readonly FaqEntry[]): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
  // "<" escaped so no answer text can ever close the script element early.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
