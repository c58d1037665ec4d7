/** Builds the guidance sections and side navigation from entries, in a stable order. */
import { sentenceCase } from '../core/sentence-case.ts';

export interface NavigableEntry {
  id: string;
  title: string;
  order: number;
}

export interface NavItem {
  id: string;
  title: string;
  path: string;
}

export interface NavSection extends NavItem {
  order: number;
  /** The section's pages, excluding its index. */
  pages: NavItem[];
}

/** By `order`, then title, then id: the same input always gives the same order. */
export function compareEntries(a: NavigableEntry, b: NavigableEntry): number {
  return a.order - b.order || a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id, 'en');
}

/**
 * Groups guidance entries by their first folder. A folder's `index` entry
 * names and orders the section; a folder without one is named from the folder.
 */
export function buildSections(entries: readonly NavigableEntry[], pathOf: (id: string) => string): NavSection[] {
  const folders = new Map<string, { index?: NavigableEntry; pages: NavigableEntry[] }>();
  for (const entry of entries) {
    const [folder, ...rest] = entry.id.split('/');
    const group = folders.get(folder) ?? { pages: [] };
    if (rest.length === 0 || rest.join('/') === 'index') group.index = entry;
    else group.pages.push(entry);
    folders.set(folder, group);
  }
  const sections = [...folders].map(([folder, group]) => ({
    id: folder,
    title: group.index?.title ?? sentenceCase(folder),
    order: group.index?.order ?? Number.MAX_SAFE_INTEGER,
    path: pathOf(group.index?.id ?? `${folder}/index`),
    pages: [...group.pages].sort(compareEntries).map((page) => ({ id: page.id, title: page.title, path: pathOf(page.id) })),
  }));
  return sections.sort(compareEntries);
}

/** The section that holds an entry id, if any. */
export function sectionOf(sections: readonly NavSection[], id: string): NavSection | undefined {
  const folder = id.split('/')[0];
  return sections.find((section) => section.id === folder);
}

export interface MainNavItem {
  label: string;
  path: string;
}

/** The main navigation item a page belongs to: the longest prefix match. */
export function currentNavItem(items: readonly MainNavItem[], pagePath: string): MainNavItem | undefined {
  return items
    .filter((item) => pagePath === item.path || (item.path !== '/' && pagePath.startsWith(item.path)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** A section's side navigation lists at most this many pages; the section index lists them all. */
export const SIDE_NAVIGATION_LIMIT = 15;

export interface NavigationWindow {
  items: NavItem[];
  /** Pages of the section left out of the side navigation. */
  hidden: number;
}

/**
 * The pages to list beside a page in a large section: a run of `limit` pages
 * around the current one (from the start when the page is not in the list),
 * so every page's HTML stays small however big its section grows.
 */
export function navigationWindow(pages: readonly NavItem[], currentPath: string, limit = SIDE_NAVIGATION_LIMIT): NavigationWindow {
  if (pages.length <= limit) return { items: [...pages], hidden: 0 };
  const current = Math.max(0, pages.findIndex((page) => page.path === currentPath));
  const start = Math.min(Math.max(0, current - Math.floor(limit / 2)), pages.length - limit);
  return { items: pages.slice(start, start + limit), hidden: pages.length - limit };
}
