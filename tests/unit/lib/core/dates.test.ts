import { describe, expect, it } from 'vitest';
import { daysBetween, formatIsoDate, formatLongDate, parseIsoDate } from '../../../../src/lib/core/dates.ts';

describe('parseIsoDate', () => {
  it('reads a real calendar date as UTC midnight', () => {
    expect(parseIsoDate('2022-05-23')?.toISOString()).toBe('2022-05-23T00:00:00.000Z');
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });
  it.each(['2022-13-45', '2023-02-29', '2022-5-23', '23/05/2022', 'May 2022', ''])('rejects %j', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
});

describe('formatting', () => {
  it('writes dates the GOV.UK way and as ISO', () => {
    const date = new Date(Date.UTC(2022, 4, 3));
    expect(formatLongDate(date)).toBe('3 May 2022');
    expect(formatIsoDate(date)).toBe('2022-05-03');
  });
});

describe('daysBetween', () => {
  it('counts calendar days, ignoring the time of day', () => {
    expect(daysBetween(new Date('2024-02-28T23:59:00Z'), new Date('2024-03-01T00:01:00Z'))).toBe(2);
    expect(daysBetween(new Date('2024-03-01T00:00:00Z'), new Date('2024-02-28T00:00:00Z'))).toBe(-2);
  });
});
