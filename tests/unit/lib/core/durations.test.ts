import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../../src/lib/core/dates.ts';
import { addDuration, parseDuration, parseWithin } from '../../../../src/lib/core/durations.ts';

const day = (text: string) => parseIsoDate(text)!;
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('parseDuration', () => {
  it.each([
    ['6 weeks', { amount: 6, unit: 'week' }],
    ['3 months', { amount: 3, unit: 'month' }],
    ['1 year', { amount: 1, unit: 'year' }],
    ['1 Month', { amount: 1, unit: 'month' }],
    [' 10 days ', { amount: 10, unit: 'day' }],
  ])('reads %j', (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });
  it.each(['six months', '0 months', '3', 'months', '3 fortnights', '-1 year', '1.5 years'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('parseWithin', () => {
  it('reads short forms for the command line, and plain durations', () => {
    expect(parseWithin('30d')).toEqual({ amount: 30, unit: 'day' });
    expect(parseWithin('6w')).toEqual({ amount: 6, unit: 'week' });
    expect(parseWithin('2m')).toEqual({ amount: 2, unit: 'month' });
    expect(parseWithin('1y')).toEqual({ amount: 1, unit: 'year' });
    expect(parseWithin('45 days')).toEqual({ amount: 45, unit: 'day' });
    expect(parseWithin('0d')).toBeUndefined();
    expect(parseWithin('soon')).toBeUndefined();
  });
});

describe('addDuration at month ends and in leap years', () => {
  it.each([
    ['2025-01-31', '1 month', '2025-02-28'],
    ['2024-01-31', '1 month', '2024-02-29'],
    ['2024-03-31', '1 month', '2024-04-30'],
    ['2025-08-31', '6 months', '2026-02-28'],
    ['2024-02-29', '1 year', '2025-02-28'],
    ['2024-02-29', '4 years', '2028-02-29'],
    ['2024-02-28', '1 year', '2025-02-28'],
    ['2025-11-30', '3 months', '2026-02-28'],
    ['2025-12-15', '1 month', '2026-01-15'],
    ['2024-02-28', '1 day', '2024-02-29'],
    ['2023-02-28', '1 day', '2023-03-01'],
    ['2025-12-29', '1 week', '2026-01-05'],
  ])('%s + %s = %s', (start, duration, expected) => {
    expect(iso(addDuration(day(start), parseDuration(duration)!))).toBe(expected);
  });
});
