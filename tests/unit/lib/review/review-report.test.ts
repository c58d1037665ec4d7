import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../../src/lib/core/dates.ts';
import { indexPages } from '../../../../src/kinds/page-index.ts';
import { formatReviewReport, formatReviewReportMarkdown, reviewReport, reviewReportJson } from '../../../../src/lib/review/review-report.ts';

const day = (text: string) => parseIsoDate(text)!;
const entries = [
  { collection: 'guidance', id: 'ops/index', data: { title: 'Operations', owner: 'editors', lastReviewed: day('2024-01-01'), reviewIn: '1 year' } },
  { collection: 'guidance', id: 'ops/incidents', data: { title: 'Incidents', owner: 'editors', lastReviewed: day('2025-05-01'), reviewBy: day('2025-07-10') } },
  { collection: 'guidance', id: 'ops/draft', data: { title: 'Draft', owner: 'editors', lastReviewed: day('2020-01-01'), reviewIn: '1 year', draft: true } },
  { collection: 'services', id: 'pay', data: { name: 'Pay', owner: 'payments', lastReviewed: day('2025-06-01'), reviewIn: '6 months' } },
  { collection: 'standards', id: 'point-14', data: { title: 'Point 14', owner: 'payments', lastReviewed: day('2024-12-01'), reviewIn: '6 months' } },
  { collection: 'runbooks', id: 'refund', data: { title: 'Refund a payment', service: 'pay', lastReviewed: day('2025-01-01'), reviewIn: '1 year' } },
  { collection: 'teams', id: 'editors', data: { name: 'Editors' } },
];
const names: Record<string, string> = { editors: 'Editors', payments: 'Payments team' };
const pages = indexPages(entries, (id) => names[id]);

describe('indexPages', () => {
  it('lists published reviewed pages with their address and due date, not teams or drafts; a run book belongs to its service\'s owner', () => {
    expect(pages.map((p) => [p.path, p.title, p.ownerName, p.reviewBy.toISOString().slice(0, 10)])).toEqual([
      ['/guidance/ops/', 'Operations', 'Editors', '2025-01-01'],
      ['/guidance/ops/incidents/', 'Incidents', 'Editors', '2025-07-10'],
      ['/service-standard/point-14/', 'Point 14', 'Payments team', '2025-06-01'],
      ['/services/pay/', 'Pay', 'Payments team', '2025-12-01'],
      ['/services/pay/runbooks/refund/', 'Refund a payment', 'Payments team', '2026-01-01'],
    ]);
  });
});

describe('reviewReport', () => {
  const report = reviewReport(pages, day('2025-06-20'), { amount: 30, unit: 'day' });

  it('groups overdue and due-soon pages by owner, oldest first', () => {
    expect(report.overdueCount).toBe(2);
    expect(report.dueSoonCount).toBe(1);
    expect(report.owners.map((o) => [o.ownerName, o.overdue.map((p) => p.title), o.dueSoon.map((p) => p.title)])).toEqual([
      ['Editors', ['Operations'], ['Incidents']],
      ['Payments team', ['Point 14'], []],
    ]);
  });

  it('prints text, Markdown and JSON with full addresses', () => {
    const url = (path: string) => `https://ops.example.org${path}`;
    expect(formatReviewReport(report, url)).toContain('  OVERDUE  2025-01-01  Operations  https://ops.example.org/guidance/ops/');
    expect(formatReviewReportMarkdown(report, url)).toContain('- [ ] Due 10 July 2025: [Incidents](https://ops.example.org/guidance/ops/incidents/)');
    expect(reviewReportJson(report, url).owners[1].overdue[0]).toEqual({
      title: 'Point 14',
      url: 'https://ops.example.org/service-standard/point-14/',
      owner: 'payments',
      lastReviewed: '2024-12-01',
      reviewBy: '2025-06-01',
    });
  });
});

describe('reviewReport options', () => {
  it('limits to one owner and carries what it judged by into every format', () => {
    const report = reviewReport(pages, day('2025-08-01'), { amount: 30, unit: 'day' }, { owner: 'payments', judgedBy: 'the date given with --today' });
    expect(report.owners.map((o) => o.owner)).toEqual(['payments']);
    const url = (p: string) => p;
    expect(formatReviewReport(report, url).split('\n')[1]).toBe('Judged by 2025-08-01, the date given with --today; pages owned by payments only.');
    expect(formatReviewReportMarkdown(report, url)).toContain('Judged by 2025-08-01, the date given with --today; pages owned by `payments` only.');
    expect(reviewReportJson(report, url)).toMatchObject({ judgedBy: 'the date given with --today', owner: 'payments' });
  });
});
