/** "1 page", "3 pages": a count and its noun, for messages and pages alike (nouns that take an s). */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
