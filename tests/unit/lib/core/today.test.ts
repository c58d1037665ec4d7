import { describe, expect, it } from 'vitest';
import { decodeResolvedToday, encodeResolvedToday, resolveToday } from '../../../../src/lib/core/today.ts';

const git = () => '2026-03-01T23:30:00-02:00';
const none = () => undefined;

describe('resolveToday', () => {
  it('prefers OPS_MANUAL_TODAY', () => {
    const today = resolveToday({ env: { OPS_MANUAL_TODAY: '2025-06-30', SOURCE_DATE_EPOCH: '0' }, latestCommitDate: git });
    expect(today).toEqual({ date: new Date('2025-06-30T00:00:00Z'), from: 'OPS_MANUAL_TODAY' });
  });
  it('then SOURCE_DATE_EPOCH, as a UTC calendar day', () => {
    const today = resolveToday({ env: { SOURCE_DATE_EPOCH: '1751327999' }, latestCommitDate: git }); // 2025-06-30T23:59:59Z
    expect(today).toEqual({ date: new Date('2025-06-30T00:00:00Z'), from: 'SOURCE_DATE_EPOCH' });
  });
  it('then the latest commit date, in UTC', () => {
    expect(resolveToday({ env: {}, latestCommitDate: git })).toEqual({ date: new Date('2026-03-02T00:00:00Z'), from: 'git' });
  });
  it('outside git, falls back to the UTC calendar day with one warning naming both settings', () => {
    const today = resolveToday({ env: {}, latestCommitDate: none, now: () => new Date('2026-12-02T23:59:00-05:00') });
    expect(today.date).toEqual(new Date('2026-12-03T00:00:00Z'));
    expect(today.from).toBe('clock');
    expect(today.warning).toMatch(/not a git checkout/);
    expect(today.warning).toMatch(/OPS_MANUAL_TODAY/);
    expect(today.warning).toMatch(/SOURCE_DATE_EPOCH/);
  });
  it('rejects settings it cannot read', () => {
    expect(() => resolveToday({ env: { OPS_MANUAL_TODAY: '30/06/2025' }, latestCommitDate: git })).toThrow(/OPS_MANUAL_TODAY must be a date written YYYY-MM-DD/);
    expect(() => resolveToday({ env: { SOURCE_DATE_EPOCH: 'yesterday' }, latestCommitDate: git })).toThrow(/SOURCE_DATE_EPOCH must be whole seconds/);
  });
  it('round-trips a decided date between module instances', () => {
    const decided = resolveToday({ env: {}, latestCommitDate: git });
    expect(decodeResolvedToday(encodeResolvedToday(decided))).toEqual(decided);
    expect(decodeResolvedToday('tomorrow git')).toBeUndefined();
    expect(decodeResolvedToday(undefined)).toBeUndefined();
  });
});
