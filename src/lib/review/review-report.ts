/**
 * The review report: pages overdue for review and pages due soon, grouped by
 * the team that owns them. Used by the reviews page and `npm run review:report`.
 */
import { formatIsoDate, formatLongDate } from '../core/dates.ts';
import type { IndexedPage } from '../routes/page-index.ts';
import type { Duration } from '../core/durations.ts';
import { reviewStateWithin } from './review.ts';

export interface OwnerReviews {
  owner: string;
  ownerName: string;
  overdue: IndexedPage[];
  dueSoon: IndexedPage[];
}

export interface ReviewReport {
  today: Date;
  /** Where "today" came from, said in every format: "today's date (UTC)", "--today". */
  judgedBy: string;
  /** The team the report is limited to, if any. */
  owner?: string;
  within: Duration;
  owners: OwnerReviews[];
  overdueCount: number;
  dueSoonCount: number;
}

export interface ReviewReportOptions {
  /** Only this team's pages. */
  owner?: string;
  /** Where "today" came from, for the reader. */
  judgedBy?: string;
}

export function reviewReport(pages: readonly IndexedPage[], today: Date, within: Duration, options: ReviewReportOptions = {}): ReviewReport {
  const byOwner = new Map<string, OwnerReviews>();
  const chosen = options.owner === undefined ? pages : pages.filter((page) => page.owner === options.owner);
  for (const page of [...chosen].sort((a, b) => a.reviewBy.getTime() - b.reviewBy.getTime() || a.path.localeCompare(b.path, 'en'))) {
    const state = reviewStateWithin(page.reviewBy, today, within);
    if (state === 'current') continue;
    const group = byOwner.get(page.owner) ?? { owner: page.owner, ownerName: page.ownerName, overdue: [], dueSoon: [] };
    (state === 'overdue' ? group.overdue : group.dueSoon).push(page);
    byOwner.set(page.owner, group);
  }
  const owners = [...byOwner.values()].sort((a, b) => a.ownerName.localeCompare(b.ownerName, 'en'));
  return {
    today,
    judgedBy: options.judgedBy ?? 'the date given',
    ...(options.owner === undefined ? {} : { owner: options.owner }),
    within,
    owners,
    overdueCount: owners.reduce((n, o) => n + o.overdue.length, 0),
    dueSoonCount: owners.reduce((n, o) => n + o.dueSoon.length, 0),
  };
}

function withinText(within: Duration): string {
  return `${within.amount} ${within.unit}${within.amount === 1 ? '' : 's'}`;
}

/** Plain text for the terminal. `url` turns a site path into the address to print. */
export function formatReviewReport(report: ReviewReport, url: (path: string) => string): string {
  const lines = [
    `Review report for ${formatLongDate(report.today)}: ${report.overdueCount} overdue, ${report.dueSoonCount} due within ${withinText(report.within)}.`,
    `Judged by ${formatIsoDate(report.today)}, ${report.judgedBy}${report.owner ? `; pages owned by ${report.owner} only` : ''}.`,
  ];
  for (const group of report.owners) {
    lines.push('', `${group.ownerName} (${group.owner})`);
    for (const page of group.overdue) lines.push(`  OVERDUE  ${formatIsoDate(page.reviewBy)}  ${page.title}  ${url(page.path)}`);
    for (const page of group.dueSoon) lines.push(`  due      ${formatIsoDate(page.reviewBy)}  ${page.title}  ${url(page.path)}`);
  }
  if (report.owners.length === 0) lines.push(report.owner ? `Every page ${report.owner} owns is reviewed and none is due soon.` : 'Every page is reviewed and none is due soon.');
  return lines.join('\n');
}

/** Markdown for the GitHub issue the weekly workflow opens or updates. */
export function formatReviewReportMarkdown(report: ReviewReport, url: (path: string) => string): string {
  const lines = [
    `Pages overdue for review, or due within ${withinText(report.within)}, on ${formatLongDate(report.today)}: ${report.overdueCount} overdue, ${report.dueSoonCount} due soon.`,
    `Judged by ${formatIsoDate(report.today)}, ${report.judgedBy}${report.owner ? `; pages owned by \`${report.owner}\` only` : ''}.`,
    '',
    'Review each page, then update its `lastReviewed` date. This issue is updated every week by the review report workflow.',
  ];
  for (const group of report.owners) {
    lines.push('', `## ${group.ownerName} (\`${group.owner}\`)`, '');
    for (const page of group.overdue) lines.push(`- [ ] **Overdue since ${formatLongDate(page.reviewBy)}**: [${page.title}](${url(page.path)})`);
    for (const page of group.dueSoon) lines.push(`- [ ] Due ${formatLongDate(page.reviewBy)}: [${page.title}](${url(page.path)})`);
  }
  return lines.join('\n');
}

/** For monitors and the --json option: dates as YYYY-MM-DD. */
export function reviewReportJson(report: ReviewReport, url: (path: string) => string) {
  const page = (p: IndexedPage) => ({ title: p.title, url: url(p.path), owner: p.owner, lastReviewed: formatIsoDate(p.lastReviewed), reviewBy: formatIsoDate(p.reviewBy) });
  return {
    today: formatIsoDate(report.today),
    judgedBy: report.judgedBy,
    ...(report.owner === undefined ? {} : { owner: report.owner }),
    within: withinText(report.within),
    overdue: report.overdueCount,
    dueSoon: report.dueSoonCount,
    owners: report.owners.map((group) => ({ owner: group.owner, ownerName: group.ownerName, overdue: group.overdue.map(page), dueSoon: group.dueSoon.map(page) })),
  };
}
