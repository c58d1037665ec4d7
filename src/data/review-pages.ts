/**
 * The review report as pages: on /reviews/ while it is short, and one page a
 * team (a long list in parts) past PAGE_LIMITS.reviewsOnOnePage.
 */
import { reviewReport, type ReviewReport } from '../lib/review/review-report.ts';
import { DUE_SOON_DAYS } from '../lib/review/review.ts';
import type { IndexedPage } from '../lib/routes/page-index.ts';
import { chunk } from '../lib/paging/paging.ts';
import { PAGE_LIMITS } from '../lib/paging/limits.ts';
import { publishedPages } from './pages.ts';
import { buildToday } from './today.ts';
import { memoise } from './memoise.ts';

export interface ReviewRow {
  page: IndexedPage;
  overdue: boolean;
}

export interface OwnerReviewPage {
  owner: string;
  ownerName: string;
  slug: string;
  part: number;
  parts: number;
  rows: ReviewRow[];
}

export const siteReviewReport = memoise(async (): Promise<ReviewReport> => reviewReport(await publishedPages(), buildToday(), { amount: DUE_SOON_DAYS, unit: 'day' }));

export function reviewRows(group: ReviewReport['owners'][number]): ReviewRow[] {
  return [...group.overdue.map((page) => ({ page, overdue: true })), ...group.dueSoon.map((page) => ({ page, overdue: false }))];
}

export function ownerReviewPath(slug: string): string {
  return `/reviews/${slug}/`;
}

/** Each team's review pages (none while the whole report fits on /reviews/). */
export const ownerReviewPages = memoise(async (): Promise<OwnerReviewPage[]> => {
  const report = await siteReviewReport();
  if (report.overdueCount + report.dueSoonCount <= PAGE_LIMITS.reviewsOnOnePage) return [];
  return report.owners.flatMap((group) => {
    const parts = chunk(reviewRows(group), PAGE_LIMITS.reviewsPerPage);
    return parts.map((rows, index) => ({ owner: group.owner, ownerName: group.ownerName, slug: `${group.owner}${index === 0 ? '' : `-${index + 1}`}`, part: index + 1, parts: parts.length, rows }));
  });
});
