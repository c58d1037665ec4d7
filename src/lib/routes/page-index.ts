/**
 * The shape of one reviewed page in every list of pages (the reviews page,
 * `api/pages.json`, redirects and `npm run review:report`). The index itself
 * is made from the registry of kinds: src/kinds/page-index.ts.
 */

export interface IndexedPage {
  title: string;
  /** Site path without the base. */
  path: string;
  /** Owning team id. */
  owner: string;
  ownerName: string;
  lastReviewed: Date;
  reviewBy: Date;
  oldPaths: string[];
}
