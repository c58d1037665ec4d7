/**
 * Page weight budgets: the one place that sets them. Sizes are gzip bytes
 * (zlib's default level, as most servers send), 1 kB = 1,000 bytes.
 * For comparison, Starlight budgets HTML 7 kB, CSS 16.75 kB, JS 27 kB.
 */
export const BUDGETS = {
  /** Median HTML page across the site. */
  htmlMedian: 7_000,
  /** Largest single HTML page. */
  htmlMax: 14_000,
  /** All the CSS one page loads. */
  css: 12_000,
  /** JavaScript a page loads before the reader touches search (reading needs none). */
  jsBeforeSearch: 3_000,
} as const;

export type Budgets = typeof BUDGETS;
