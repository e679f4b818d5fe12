/** "a", "a and b", "a, b and c": a list as it reads in a sentence (no serial comma, as the site's style). */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
