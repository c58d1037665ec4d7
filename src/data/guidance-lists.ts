/**
 * Long guidance sections as lists that stay within the page budget: a
 * section's index lists its first pages and links numbered pages for the
 * rest; /guidance/ shows each section's first few pages once the site is big.
 */
import { chunk } from '../lib/paging/paging.ts';
import { PAGE_LIMITS } from '../lib/paging/limits.ts';
import type { NavItem, NavSection } from '../lib/routes/navigation.ts';
import { guidanceSections } from './site.ts';
import { memoise } from './memoise.ts';

export interface SectionListPage {
  section: NavSection;
  part: number;
  parts: number;
  path: string;
  pages: NavItem[];
}

/** The section's own index is part 1; later parts are /guidance/<section>/pages/<n>/. */
export function sectionListPath(section: NavSection, part: number): string {
  return part === 1 ? section.path : `${section.path}pages/${part}/`;
}

export const sectionListPages = memoise(async (): Promise<SectionListPage[]> =>
  (await guidanceSections()).flatMap((section) => {
    const parts = chunk(section.pages, PAGE_LIMITS.sectionListPerPage);
    return parts.map((pages, index) => ({ section, part: index + 1, parts: parts.length, path: sectionListPath(section, index + 1), pages }));
  }),
);

/** One section's list pages. */
export async function sectionLists(section: NavSection): Promise<SectionListPage[]> {
  return (await sectionListPages()).filter((page) => page.section.id === section.id);
}
