/**
 * A notice tells the reader that part of a link (or of saved progress) could not be used and what
 * the page did instead. Each tool has its own kinds; every notice carries the sentence to show, so
 * the island renders notices without knowing where they came from.
 */
export interface Notice<Kind extends string = string> {
  kind: Kind;
  message: string;
}

/** The heading of the notice box: the same words in every tool. */
export const NOTICE_TITLE = 'Part of this link could not be used';

/** A value from a URL, shortened to `max` characters and quoted, for a notice. Bidi controls are removed so a value cannot reverse the sentence around it. */
export function quoteValue(value: string, max = 30): string {
  const clean = value.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
  const points = Array.from(clean);
  return `“${points.length > max ? `${points.slice(0, max).join('')}…` : clean}”`;
}
