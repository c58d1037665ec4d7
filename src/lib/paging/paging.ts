/**
 * Splitting long lists into pages that stay within the page weight budget:
 * by first letter, then, for a letter with very many entries, into numbered
 * parts. Pure functions; pages call them once with their data.
 */

export interface LetterPage<T> {
  /** The letter as shown: "A" to "Z", "0–9", or "#" for anything else. */
  letter: string;
  /** Address segment: "a" to "z", "digits" or "other", plus "-2", "-3" for later parts of a long letter. */
  slug: string;
  /** 1 for the first part of a letter; later parts count on. */
  part: number;
  /** How many parts the letter has. */
  parts: number;
  items: T[];
}

/** The heading letter of a title: its first letter or digit, upper-cased and without accents. */
export function letterOf(title: string): string {
  const first = title.normalize('NFD').charAt(0).toUpperCase();
  if (/[A-Z]/.test(first)) return first;
  if (/[0-9]/.test(first)) return '0–9';
  return '#';
}

export function letterSlug(letter: string): string {
  return letter === '0–9' ? 'digits' : letter === '#' ? 'other' : letter.toLowerCase();
}

/** Numbers first, then A to Z, then anything else. */
function letterRank(letter: string): number {
  return letter === '0–9' ? 0 : letter === '#' ? 2 : 1;
}

/** Splits a list into runs of at most `size`, keeping the order. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!(size >= 1)) throw new Error(`chunk size must be at least 1, not ${size}`);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

export interface LetterGroup<T> {
  letter: string;
  slug: string;
  items: T[];
}

/** One collator for every comparison: localeCompare with options builds a new one on each call, which showed in build profiles. */
const byTitle = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Items sorted by title (then by `tieBreak`) and grouped by first letter, letters in order. */
export function letterGroups<T>(items: readonly T[], title: (item: T) => string, tieBreak: (a: T, b: T) => number = () => 0): LetterGroup<T>[] {
  const sorted = [...items].sort((a, b) => byTitle.compare(title(a), title(b)) || tieBreak(a, b));
  const byLetter = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = letterOf(title(item));
    const group = byLetter.get(letter) ?? [];
    group.push(item);
    byLetter.set(letter, group);
  }
  return [...byLetter]
    .sort(([a], [b]) => letterRank(a) - letterRank(b) || a.localeCompare(b, 'en'))
    .map(([letter, group]) => ({ letter, slug: letterSlug(letter), items: group }));
}

/**
 * Items grouped by first letter as `letterGroups` does, each letter split into
 * parts of at most `perPage` items so no page grows without limit.
 */
export function letterPages<T>(items: readonly T[], title: (item: T) => string, perPage: number, tieBreak?: (a: T, b: T) => number): LetterPage<T>[] {
  return letterGroups(items, title, tieBreak).flatMap(({ letter, items: group }) => {
      const parts = chunk(group, perPage);
      return parts.map((partItems, index) => ({
        letter,
        slug: `${letterSlug(letter)}${index === 0 ? '' : `-${index + 1}`}`,
        part: index + 1,
        parts: parts.length,
        items: partItems,
      }));
    });
}

/** The label of a letter page in a list of pages: "R", or "R (2 of 3)" for a long letter. */
export function letterPageLabel(page: Pick<LetterPage<unknown>, 'letter' | 'part' | 'parts'>): string {
  return page.parts === 1 ? page.letter : `${page.letter} (${page.part} of ${page.parts})`;
}

/** The routes of an A to Z split into pages: one a letter page, with every page for its letter links. */
export function letterPagePaths<T>(pages: LetterPage<T>[]): { params: { letter: string }; props: { page: LetterPage<T>; pages: LetterPage<T>[] } }[] {
  return pages.map((page) => ({ params: { letter: page.slug }, props: { page, pages } }));
}
