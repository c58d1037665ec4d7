import { describe, expect, it } from 'vitest';
import { checkFutureDates } from '../../../../src/lib/review/future.ts';

const entry = (data: Record<string, unknown>) => ({ collection: 'guidance', id: 'p', file: 'content/guidance/p.md', data, lineOf: () => 5 });
const today = new Date('2026-12-02T00:00:00Z');

describe('checkFutureDates', () => {
  it('is an error for a lastReviewed or lastTested after tomorrow', () => {
    const findings = checkFutureDates([entry({ lastReviewed: new Date('2026-12-04T00:00:00Z') }), entry({ lastTested: new Date('2030-01-01T00:00:00Z') })], today);
    expect(findings.map((f) => [f.field, f.line])).toEqual([
      ['lastReviewed', 5],
      ['lastTested', 5],
    ]);
    expect(findings[0].message).toBe('is 2026-12-04, which has not come yet (today is 2026-12-02): write the date the page was actually checked, YYYY-MM-DD.');
  });
  it("allows today and tomorrow (an author ahead of UTC writes their own today)", () => {
    expect(checkFutureDates([entry({ lastReviewed: today }), entry({ lastReviewed: new Date('2026-12-03T00:00:00Z') })], today)).toEqual([]);
  });
});
