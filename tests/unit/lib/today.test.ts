import { describe, expect, it } from 'vitest';
import { resolveToday } from '../../../src/lib/today.ts';

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
  it('says what to set when it cannot tell', () => {
    expect(() => resolveToday({ env: {}, latestCommitDate: none })).toThrow(/Set OPS_MANUAL_TODAY=YYYY-MM-DD or SOURCE_DATE_EPOCH/);
    expect(() => resolveToday({ env: { OPS_MANUAL_TODAY: '30/06/2025' }, latestCommitDate: git })).toThrow(/OPS_MANUAL_TODAY must be a date written YYYY-MM-DD/);
    expect(() => resolveToday({ env: { SOURCE_DATE_EPOCH: 'yesterday' }, latestCommitDate: git })).toThrow(/SOURCE_DATE_EPOCH must be whole seconds/);
  });
});
