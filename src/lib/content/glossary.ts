/** How /glossary/ orders and groups terms. */
interface TermLike {
  id: string;
  term: string;
}

/** The letter a term is filed under: its first letter, with digits and symbols under "#". */
export function indexLetter(term: string): string {
  const first = term.trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Terms in alphabetical order, grouped under their index letters. */
export function groupByLetter<T extends TermLike>(terms: readonly T[]): { letter: string; terms: T[] }[] {
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  const groups = new Map<string, T[]>();
  for (const term of sorted) {
    const letter = indexLetter(term.term);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups.entries()].map(([letter, grouped]) => ({ letter, terms: grouped }));
}

/** Ids that an entry's `related` list names but the glossary lacks. */
export function missingRelated(
  entries: readonly { id: string; related: string[] }[],
): { id: string; missing: string }[] {
  const ids = new Set(entries.map((e) => e.id));
  return entries.flatMap((e) => e.related.filter((r) => !ids.has(r)).map((missing) => ({ id: e.id, missing })));
}
