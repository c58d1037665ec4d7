/** The "On this page" list for long pages. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Pages with at least this many second-level headings get a contents list. */
export const CONTENTS_MIN_HEADINGS = 3;

export function pageContents(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2);
  return sections.length >= CONTENTS_MIN_HEADINGS ? sections : [];
}
