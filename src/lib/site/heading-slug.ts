/**
 * A heading's id from its text, for headings on Astro pages that are not given one: the same rule
 * as the Markdown headings' ids (lower case, letters and digits kept, spaces to hyphens), so an id
 * looks the same whichever kind of page it is on.
 */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}
