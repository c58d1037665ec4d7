/**
 * What search knows about each published page: the filters it can be found
 * by, the facts shown beside it in results, and the other names it answers
 * to. Pages emit these for Pagefind (SearchMeta.astro) and the search page
 * lists them A to Z without JavaScript, so both read from one record.
 */
import { sentenceCase } from '../core/sentence-case.ts';
import type { Mark } from '../services/provenance.ts';
import { letterGroups } from '../paging/paging.ts';

/** Content types, as readers see them in the Type filter. */
export const CONTENT_TYPES = ['Guidance', 'Service Standard', 'Service', 'Run book', 'Checklist'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The search filters, in the order the search page shows them; `key` is both the Pagefind filter and the URL parameter. */
export const SEARCH_FILTERS = [
  { key: 'type', legend: 'Type' },
  { key: 'phase', legend: 'Phase' },
  { key: 'owner', legend: 'Owner' },
  { key: 'tag', legend: 'Tag' },
] as const;
export type FilterKey = (typeof SEARCH_FILTERS)[number]['key'];

export interface SearchRecord {
  type: ContentType;
  title: string;
  /** Site path without the base, such as /services/foo/. */
  path: string;
  /** The owning team's name. */
  owner?: string;
  /** Delivery phases, as ids such as `live`. */
  phases: readonly string[];
  tags: readonly string[];
  /** "2 June 2025", shown with each result. */
  lastReviewed?: string;
  /** Other names the page answers to, such as acronyms and former names; shown with results. */
  aliases: readonly string[];
  /** A service's id, so it can be found by the name its team uses in code and chat. */
  id?: string;
  /** Tags such as "Example" that a service and its run books carry wherever they are listed. */
  marks?: readonly Mark[];
}

/** `live` → `Live`: phases are ids in content and words in filters. */
export function phaseLabel(phase: string): string {
  return sentenceCase(phase);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/** The filter values one page is found by. */
export function filterValues(record: SearchRecord): Record<FilterKey, string[]> {
  return {
    type: [record.type],
    phase: unique(record.phases.map(phaseLabel)),
    owner: record.owner ? [record.owner] : [],
    tag: unique(record.tags),
  };
}

/**
 * Pagefind metadata: shown with each result, and searched. The search page
 * weights `aliases` and `id` like the title (see src/client/pagefind.ts), so a
 * service is found first by any of its names.
 */
export function metaValues(record: SearchRecord): Record<string, string> {
  const meta: Record<string, string> = { type: record.type };
  if (record.owner) meta.owner = record.owner;
  if (record.lastReviewed) meta.reviewed = record.lastReviewed;
  const aliases = unique(record.aliases);
  if (aliases.length) meta.aliases = aliases.join(', ');
  if (record.id) meta.id = record.id;
  if (record.marks?.length) meta.marks = record.marks.map((mark) => mark.label).join(', ');
  return meta;
}

const TYPE_ORDER = new Map<string, number>(CONTENT_TYPES.map((type, index) => [type, index]));
const PHASE_ORDER = ['Discovery', 'Alpha', 'Beta', 'Live', 'Retiring', 'Retired'];

function byKnownOrder(order: readonly string[]) {
  return (a: string, b: string) => {
    const ai = order.indexOf(a);
    const bi = order.indexOf(b);
    return (ai === -1 ? order.length : ai) - (bi === -1 ? order.length : bi) || a.localeCompare(b, 'en');
  };
}

/** Every value each filter can take across the site, in a stable, readable order. */
export function facetValues(records: readonly SearchRecord[]): Record<FilterKey, string[]> {
  const facets: Record<FilterKey, Set<string>> = { type: new Set(), phase: new Set(), owner: new Set(), tag: new Set() };
  for (const record of records) {
    const values = filterValues(record);
    for (const key of Object.keys(facets) as FilterKey[]) values[key].forEach((value) => facets[key].add(value));
  }
  return {
    type: [...facets.type].sort((a, b) => (TYPE_ORDER.get(a) ?? 99) - (TYPE_ORDER.get(b) ?? 99)),
    phase: [...facets.phase].sort(byKnownOrder(PHASE_ORDER)),
    owner: [...facets.owner].sort((a, b) => a.localeCompare(b, 'en')),
    tag: [...facets.tag].sort((a, b) => a.localeCompare(b, 'en')),
  };
}

export interface AzGroup {
  /** "A" to "Z", or "0–9" for titles that start with a digit, or "#" for anything else. */
  letter: string;
  /** For the group heading's id and the letter links. */
  id: string;
  records: SearchRecord[];
}

/** Every page grouped by the first letter of its title, letters in order and titles A to Z within each. */
export function azGroups(records: readonly SearchRecord[]): AzGroup[] {
  return letterGroups(records, (record) => record.title, (a, b) => a.path.localeCompare(b.path, 'en')).map(({ letter, slug, items }) => ({
    letter,
    id: `az-${slug}`,
    records: items,
  }));
}
