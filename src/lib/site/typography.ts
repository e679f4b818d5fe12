/**
 * Typographic quotes for text that comes from data (YAML and front matter), so it matches the MDX
 * text around it, which Markdown already sets this way: “double”, ‘single’ and the apostrophe ’.
 * Authors type plain quotes; the schemas turn them round when content loads.
 *
 * A quote opens at the start of the text or after a space, a bracket or a dash, and closes
 * everywhere else; a single quote inside or after a word is an apostrophe (which is the same
 * character as a closing single quote). Each quote stays one character, so lengths do not change.
 */
const OPENS_AFTER = String.raw`(^|[\s([{\u2013\u2014/-])`;
const OPENING_DOUBLE = new RegExp(`${OPENS_AFTER}"`, 'g');
const OPENING_SINGLE = new RegExp(`${OPENS_AFTER}'`, 'g');

export function smartQuotes(text: string): string {
  return text.replace(OPENING_DOUBLE, '$1“').replaceAll('"', '”').replace(OPENING_SINGLE, '$1‘').replaceAll("'", '’');
}
