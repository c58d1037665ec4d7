import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../../src/lib/core/dates.ts';
import { addDuration } from '../../../../src/lib/core/durations.ts';
import { isOverdueOn, nextReviewDate, reviewState, reviewStateWithin } from '../../../../src/lib/review/review.ts';

const day = (text: string) => parseIsoDate(text)!;
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('nextReviewDate', () => {
  it('adds reviewIn to lastReviewed, or uses reviewBy', () => {
    expect(iso(nextReviewDate({ lastReviewed: day('2022-05-23'), reviewIn: '12 months' }))).toBe('2023-05-23');
    expect(iso(nextReviewDate({ lastReviewed: day('2022-05-23'), reviewBy: day('2022-07-01') }))).toBe('2022-07-01');
  });
  it('refuses a duration it cannot read', () => {
    expect(() => nextReviewDate({ lastReviewed: day('2022-05-23'), reviewIn: 'soon' })).toThrow(/not a plain duration/);
  });
});

describe('reviewState', () => {
  it('is overdue from the day after the due date, due soon within 30 days', () => {
    const due = day('2025-06-30');
    expect(reviewState(due, day('2025-07-01'))).toBe('overdue');
    expect(reviewState(due, day('2025-06-30'))).toBe('due-soon');
    expect(reviewState(due, day('2025-05-31'))).toBe('due-soon');
    expect(reviewState(due, day('2025-05-30'))).toBe('current');
  });
  it('takes "due soon" as a calendar duration, so 1 month from 31 January ends on 28 February', () => {
    expect(reviewStateWithin(day('2025-02-28'), day('2025-01-31'), { amount: 1, unit: 'month' })).toBe('due-soon');
    expect(reviewStateWithin(day('2025-03-01'), day('2025-01-31'), { amount: 1, unit: 'month' })).toBe('current');
    expect(reviewStateWithin(day('2025-01-30'), day('2025-01-31'), { amount: 1, unit: 'month' })).toBe('overdue');
  });
  it('ignores the time of day in "today"', () => {
    expect(reviewState(day('2025-06-30'), new Date('2025-06-30T23:59:59Z'))).toBe('due-soon');
    expect(reviewStateWithin(day('2025-06-30'), new Date('2025-06-30T23:59:59Z'), { amount: 1, unit: 'day' })).toBe('due-soon');
  });
});

describe('isOverdueOn, in the reader\'s time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('uses the reader\'s calendar date: already tomorrow in Auckland, still today in London', () => {
    const instant = new Date('2025-06-30T13:00:00Z'); // 1am on 1 July in Auckland
    process.env.TZ = 'Pacific/Auckland';
    expect(isOverdueOn('2025-06-30', instant)).toBe(true);
    process.env.TZ = 'Europe/London';
    expect(isOverdueOn('2025-06-30', instant)).toBe(false);
  });

  it('is still the due date late in the evening west of UTC', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(isOverdueOn('2025-06-30', new Date('2025-07-01T06:00:00Z'))).toBe(false); // 11pm on 30 June
    expect(isOverdueOn('2025-06-30', new Date('2025-07-01T07:30:00Z'))).toBe(true); // 00:30 on 1 July
  });

  it('never warns on a date it cannot read', () => {
    expect(isOverdueOn('not a date', new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('UTC maths whatever the machine\'s time zone', () => {
  const original = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
  });
  afterEach(() => {
    process.env.TZ = original;
  });
  it('adds months and compares days in UTC', () => {
    expect(iso(addDuration(day('2024-01-31'), { amount: 1, unit: 'month' }))).toBe('2024-02-29');
    expect(reviewState(day('2025-06-30'), day('2025-07-01'))).toBe('overdue');
  });
});
