/**
 * "Cite this page" in the four styles students are asked for: APA 7, MLA 9, Chicago (17th,
 * notes and bibliography, bibliography entry) and BibTeX. The site is both the author and the
 * publisher, so each style leaves out the part it would otherwise repeat, as its manual says.
 *
 * Pure and small: the page renders the citations at build time (with the build's date as the access
 * date), and a few lines of script recompute them in the reader's browser with today's date and the
 * reader's own address. Dates are read and written in UTC, so a page cites the same day everywhere.
 */

export const SITE_NAME = 'Which PM?';

export interface PageCitation {
  title: string;
  url: string;
  /** The day a person last checked the page (the "date" of the page in every style). */
  reviewed: Date;
  /** The day the reader looked at the page, for the "retrieved"/"accessed" part. */
  accessed: Date;
}

export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'bibtex';

export const CITATION_STYLES: readonly { id: CitationStyle; label: string }[] = [
  { id: 'apa', label: 'APA 7' },
  { id: 'mla', label: 'MLA 9' },
  { id: 'chicago', label: 'Chicago' },
  { id: 'bibtex', label: 'BibTeX' },
];

/** A run of citation text; `italic` runs are set in italics on the page (plain text when copied). */
export interface CitationPart {
  text: string;
  italic?: boolean;
  /** The access date, and the format it is written in: the reader's browser puts today's in its place. */
  accessed?: AccessFormat;
  /** The page's address: the reader's browser puts the address they are on in its place. */
  url?: true;
}

/** The three ways the styles write an access date: "November 23, 2026", "23 Nov. 2026", "2026-11-23". */
export type AccessFormat = 'long' | 'mla' | 'iso';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** MLA's abbreviations: May, June and July are written out; September is "Sept." */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function month(date: Date, names: readonly string[]): string {
  return names[date.getUTCMonth()] ?? '';
}

/** "November 22, 2026" (APA, Chicago and the page's own review line). */
export function longDate(date: Date): string {
  return `${month(date, MONTHS)} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** "2026-11-22". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The review date as readers see it on a page ("November 22, 2026"). */
export function formatReviewed(date: Date): string {
  return longDate(date);
}

/** Ends a sentence with a full stop unless it already ends with a stop, a question or an exclamation mark. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** APA 7, a page on a website whose author is the site: author (date). *Title*. Retrieved date, from URL */
export function apa({ title, url, reviewed, accessed }: PageCitation): CitationPart[] {
  const date = `${reviewed.getUTCFullYear()}, ${month(reviewed, MONTHS)} ${reviewed.getUTCDate()}`;
  return [
    { text: `${SITE_NAME} (${date}). ` },
    { text: sentence(title), italic: true },
    { text: ' Retrieved ' },
    { text: longDate(accessed), accessed: 'long' },
    { text: ', from ' },
    { text: url, url: true },
  ];
}

/** "22 Nov. 2026" (MLA). */
export function mlaDate(date: Date): string {
  return `${date.getUTCDate()} ${month(date, MLA_MONTHS)} ${date.getUTCFullYear()}`;
}

/** Each access-date format's rule, for the build and for the reader's browser alike. */
export const ACCESS_FORMATS: Record<AccessFormat, (date: Date) => string> = {
  long: longDate,
  mla: mlaDate,
  iso: isoDate,
};

/**
 * The reader's calendar day (in their own time zone) as the UTC date these rules read: a student
 * citing late in the evening cites their own today, not the date in Greenwich.
 */
export function localDay(now: Date): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** MLA 9, with the organization as author and publisher, so the entry starts with the title. */
export function mla({ title, url, reviewed, accessed }: PageCitation): CitationPart[] {
  const day = mlaDate;
  return [
    { text: `“${sentence(title)}” ` },
    { text: SITE_NAME, italic: true },
    { text: `, ${day(reviewed)}, ` },
    { text: url, url: true },
    { text: '. Accessed ' },
    { text: day(accessed), accessed: 'mla' },
    { text: '.' },
  ];
}

/** Chicago 17th, bibliography entry for a web page whose owner is the site. */
export function chicago({ title, url, reviewed, accessed }: PageCitation): CitationPart[] {
  return [
    { text: `“${sentence(title)}” ${sentence(SITE_NAME)} Last modified ${longDate(reviewed)}. Accessed ` },
    { text: longDate(accessed), accessed: 'long' },
    { text: '. ' },
    { text: url, url: true },
    { text: '.' },
  ];
}

/** Escapes the characters BibTeX and LaTeX treat as commands. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '^') return '\\^{}';
    if (c === '~') return '\\~{}';
    return `\\${c}`;
  });
}

/** A citation key from the page's path and year: `whichpm-guides-product-vs-project-2026`. */
export function bibtexKey(url: string, reviewed: Date): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not an absolute URL: use it as it is.
  }
  const slug = path
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `whichpm-${slug === '' ? 'home' : slug}-${reviewed.getUTCFullYear()}`;
}

/** BibTeX as `@misc` with `url` and `urldate`, which BibLaTeX, natbib and most reference managers read. */
export function bibtex({ title, url, reviewed, accessed }: PageCitation): CitationPart[] {
  const head = [
    `@misc{${bibtexKey(url, reviewed)},`,
    `  author = {{${bibtexEscape(SITE_NAME)}}},`,
    `  title = {${bibtexEscape(title)}},`,
    `  year = {${reviewed.getUTCFullYear()}},`,
    `  month = ${month(reviewed, BIBTEX_MONTHS)},`,
    `  url = {`,
  ];
  return [
    { text: head.join('\n') },
    { text: url, url: true },
    { text: '},\n  urldate = {' },
    { text: isoDate(accessed), accessed: 'iso' },
    { text: '}\n}' },
  ];
}

const STYLES: Record<CitationStyle, (c: PageCitation) => CitationPart[]> = { apa, mla, chicago, bibtex };

/** One style's citation as parts (to render with italics). */
export function citationParts(style: CitationStyle, citation: PageCitation): CitationPart[] {
  return STYLES[style](citation);
}

/** One style's citation as plain text (to copy). */
export function citationText(style: CitationStyle, citation: PageCitation): string {
  return citationParts(style, citation)
    .map((p) => p.text)
    .join('');
}
