/**
 * Runs Pagefind on the search page. Pagefind's own code loads only when the
 * reader searches (a query in the URL, or focus in the box), never on other pages.
 */
import { safeExcerpt } from './safe-excerpt.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const MAX_RESULTS = 20;

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  document.querySelector('[data-no-js-message]')?.remove();
  const base = document.documentElement.dataset.base ?? '/';
  let loading: Promise<Pagefind> | undefined;

  function load(): Promise<Pagefind> {
    loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base });
      return module;
    });
    return loading;
  }

  async function run(query: string): Promise<void> {
    list!.replaceChildren();
    if (!query.trim()) {
      status!.textContent = '';
      return;
    }
    status!.textContent = 'Searching…';
    const pagefind = await load();
    const search = await pagefind.search(query);
    const results = await Promise.all((search?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()));
    const count = search?.results.length ?? 0;
    status!.textContent = count === 0 ? `No results for “${query}”` : `${count} result${count === 1 ? '' : 's'} for “${query}”`;
    for (const result of results) {
      const item = document.createElement('li');
      const heading = document.createElement('h2');
      heading.className = 'govuk-heading-s govuk-!-margin-bottom-1';
      const link = document.createElement('a');
      link.className = 'govuk-link';
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      heading.append(link);
      const excerpt = document.createElement('p');
      excerpt.className = 'govuk-body-s';
      excerpt.append(safeExcerpt(result.excerpt));
      item.append(heading, excerpt);
      list!.append(item);
    }
  }

  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  input.addEventListener('focus', () => void load(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.pushState(null, '', url);
    void run(input.value);
  });
  addEventListener('popstate', () => {
    const q = new URLSearchParams(location.search).get('q') ?? '';
    input.value = q;
    void run(q);
  });
  if (query) void run(query);
}
