/**
 * Loads Pagefind's search engine from the site's own /pagefind/ folder, once
 * per page, and only when asked: on focus in a search box or a search in the URL.
 */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { id: string };
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  /** Counts per filter value among these results. */
  filters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(query: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: object }): Promise<PagefindSearch | null>;
}

/** Titles count five times body text (Pagefind's default); a service's other names count double that, so a search for its acronym finds the service before pages that mention it. */
export const RANKING = { metaWeights: { title: 5, aliases: 10, id: 10 } };

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  const base = document.documentElement.dataset.base ?? '/';
  loading ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(
    async (pagefind) => {
      await pagefind.options({ baseUrl: base, ranking: RANKING });
      void pagefind.init();
      return pagefind;
    },
    (error: unknown) => {
      loading = undefined; // let the next attempt retry, such as after a dropped connection
      throw error;
    },
  );
  return loading;
}
