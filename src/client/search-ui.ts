/**
 * The search page's results, loaded once the reader searches (see
 * search-page.ts): runs a search, shows results with their matching
 * sections and the filter counts, and keeps the URL in step so searches can
 * be shared and the back button works.
 */
import { isSearchable, pagefindFilters, readSearchState, searchParams, statusMessage, type SearchState } from '../lib/search/query.ts';
import { SEARCH_FILTERS } from '../lib/search/record.ts';
import { matchingSections, resultFacts } from '../lib/search/results.ts';
import { loadPagefind, type Pagefind, type PagefindResultData, type PagefindSearch } from './pagefind.ts';
import { safeExcerpt } from './safe-excerpt.ts';

const PAGE_SIZE = 10;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', 'govuk-link', text);
  anchor.href = href;
  return anchor;
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = element('li', 'app-search-result');
  const heading = element('h2', 'govuk-heading-s govuk-!-margin-bottom-1');
  heading.append(link(result.url, result.meta.title ?? result.url));
  item.append(heading);
  const facts = resultFacts(result.meta);
  if (facts) item.append(element('p', 'govuk-body-s app-secondary govuk-!-margin-bottom-1', facts));
  if (result.meta.aliases) item.append(element('p', 'govuk-body-s govuk-!-margin-bottom-1', `Also known as ${result.meta.aliases}`));
  const excerpt = element('p', 'govuk-body-s govuk-!-margin-bottom-1');
  excerpt.append(safeExcerpt(result.excerpt));
  item.append(excerpt);
  const sections = matchingSections(result.sub_results);
  if (sections.length) {
    const list = element('ul', 'govuk-list govuk-body-s app-search-result__sections');
    for (const section of sections) {
      const entry = element('li', '');
      const text = element('p', 'govuk-body-s govuk-!-margin-bottom-0');
      text.append(safeExcerpt(section.excerpt));
      entry.append(link(section.url, section.title), text);
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

export interface SearchUi {
  /** Searches for what the form holds, and records it in the URL. */
  searchFromForm(): void;
  /** Shows and runs the search in the URL, such as on arrival or after Back. */
  searchFromUrl(): void;
  /** Fills in the filter counts for the whole site, before anything is searched. */
  showTotals(): void;
}

export function startSearchUi(): SearchUi | undefined {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !status || !list || !more) return undefined;
  const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-search-filter]')];
  const title = document.title;
  let latest = 0;
  let searched = false;
  let shown: PagefindSearch['results'] = [];

  function formState(): SearchState {
    const state = readSearchState(new URLSearchParams());
    state.query = input!.value.trim();
    for (const box of boxes) if (box.checked) state.filters[box.name as keyof SearchState['filters']].push(box.value);
    return state;
  }

  function showState(state: SearchState): void {
    input!.value = state.query;
    for (const box of boxes) box.checked = state.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
  }

  function showCounts(counts: Record<string, Record<string, number> | undefined>): void {
    for (const box of boxes) {
      const count = box.parentElement?.querySelector('[data-count]');
      if (count) count.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
    }
  }

  /** Counts per filter value: a filter's own choices must not narrow its counts, so each chosen filter needs its own search. */
  async function filterCounts(pagefind: Pagefind, state: SearchState, search: PagefindSearch): Promise<Record<string, Record<string, number> | undefined>> {
    const counts: Record<string, Record<string, number> | undefined> = { ...search.filters };
    for (const { key } of SEARCH_FILTERS) {
      if (!state.filters[key].length) continue;
      const without = await pagefind.search(state.query || null, { filters: pagefindFilters(state.filters, key) });
      counts[key] = without?.filters[key];
    }
    return counts;
  }

  async function showMore(): Promise<void> {
    const start = list!.children.length;
    const batch = await Promise.all(shown.slice(start, start + PAGE_SIZE).map((result) => result.data()));
    list!.append(...batch.map(renderResult));
    more!.hidden = list!.children.length >= shown.length;
    if (start > 0) list!.children[start]?.querySelector('a')?.focus();
  }

  async function run(state: SearchState): Promise<void> {
    const search = ++latest;
    document.title = state.query ? `“${state.query}” - ${title}` : title;
    if (!isSearchable(state)) {
      list!.replaceChildren();
      more!.hidden = true;
      status!.textContent = '';
      if (searched) showTotals(search).catch(() => undefined);
      return;
    }
    list!.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind();
      await pagefind.filters(); // loads every filter's index, without which Pagefind counts only the filters in use
      const found = await pagefind.search(state.query || null, { filters: pagefindFilters(state.filters) });
      if (!found || search !== latest) return;
      const counts = await filterCounts(pagefind, state, found);
      if (search !== latest) return;
      shown = found.results;
      list!.replaceChildren();
      await showMore();
      if (search !== latest) return;
      showCounts(counts);
      searched = true;
      status!.textContent = statusMessage(found.results.length, state);
    } catch {
      if (search === latest) status!.textContent = 'Search is not working right now. Use the A to Z list below, or try again later.';
    } finally {
      if (search === latest) list!.removeAttribute('aria-busy');
    }
  }

  /** Counts across the whole site, while nothing is searched. */
  async function showTotals(search: number): Promise<void> {
    const totals = await (await loadPagefind()).filters();
    if (search === latest) showCounts(totals);
  }

  function go(state: SearchState): void {
    const query = searchParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void run(state);
  }

  more.addEventListener('click', () => void showMore());
  return {
    searchFromForm: () => go(formState()),
    searchFromUrl: () => {
      const state = readSearchState(new URLSearchParams(location.search));
      showState(state);
      void run(state);
    },
    showTotals: () => {
      if (!searched) showTotals(latest).catch(() => undefined);
    },
  };
}
