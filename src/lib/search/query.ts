/**
 * A search as it lives in the URL (`?q=severity&type=Service&phase=Live`),
 * so results can be shared and the back button works, and as Pagefind
 * takes it. Values within one filter widen the search (any of them);
 * different filters narrow it (all of them), as GOV.UK finders do.
 */
import { SEARCH_FILTERS, type FilterKey } from './record.ts';

export interface SearchState {
  query: string;
  filters: Record<FilterKey, string[]>;
}

const KEYS: readonly FilterKey[] = SEARCH_FILTERS.map((filter) => filter.key);

export function emptyFilters(): Record<FilterKey, string[]> {
  return { type: [], phase: [], owner: [], tag: [] };
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of KEYS) filters[key] = [...new Set(params.getAll(key).map((value) => value.trim()).filter(Boolean))];
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state: `q` first, then each filter in the order the page shows them. */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of KEYS) for (const value of state.filters[key]) params.append(key, value);
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return KEYS.some((key) => state.filters[key].length > 0);
}

/** Something to search for: words, or at least one filter (Pagefind lists every page a filter matches). */
export function isSearchable(state: SearchState): boolean {
  return state.query.length > 0 || hasFilters(state);
}

export type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;

/**
 * The filters to give Pagefind. `except` leaves one filter out: its counts
 * must say how many results each of its values would give, which the
 * values already chosen in that same filter must not narrow.
 */
export function pagefindFilters(filters: Record<FilterKey, string[]>, except?: FilterKey): PagefindFilters {
  const chosen: PagefindFilters = {};
  for (const key of KEYS) if (key !== except && filters[key].length) chosen[key] = { any: [...filters[key]] };
  return chosen;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What the live region announces once results are shown. */
export function statusMessage(count: number, state: SearchState): string {
  const chosen = KEYS.flatMap((key) => state.filters[key]);
  const filtered = chosen.length ? ` filtered by ${chosen.join(', ')}` : '';
  if (!state.query) return chosen.length ? `${plural(count, 'page', 'pages')}${filtered}` : '';
  if (count === 0) return `No results for “${state.query}”${filtered}. Check the spelling, use fewer words${chosen.length ? ', remove a filter' : ''} or use the A to Z list below.`;
  return `${plural(count, 'result', 'results')} for “${state.query}”${filtered}`;
}
