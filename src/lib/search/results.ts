/** How one Pagefind result is shown: which of its sections to link to, and the facts beside it. */

export interface Section {
  title: string;
  url: string;
  excerpt: string;
  locations: readonly number[];
  /** Present when the section starts at a heading with an id; absent for the top of the page. */
  anchor?: { id: string };
}

/**
 * The headings a result's matches fall under, most matches first (page order
 * among equals), so a query lands on the section that answers it. The top of
 * the page is left out: the result's own link already goes there.
 */
export function matchingSections(sections: readonly Section[], max = 3): Section[] {
  return sections
    .map((section, order) => ({ section, order }))
    .filter(({ section }) => section.anchor !== undefined && section.locations.length > 0)
    .sort((a, b) => b.section.locations.length - a.section.locations.length || a.order - b.order)
    .slice(0, max)
    .map(({ section }) => section);
}

/** "Service · Owned by CPD service team · Last reviewed 2 June 2025" */
export function resultFacts(meta: Readonly<Record<string, string | undefined>>): string {
  return [meta.marks, meta.type, meta.owner && `Owned by ${meta.owner}`, meta.reviewed && `Last reviewed ${meta.reviewed}`].filter(Boolean).join(' · ');
}
