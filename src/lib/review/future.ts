/**
 * A `lastReviewed` (or a run book's `lastTested`) date after today is an
 * error: nobody can have checked a page on a day that has not come yet, and a
 * future date would hide the page from the review report for years. It is
 * judged against the real calendar day, one day ahead (UTC), so an author
 * anywhere in the world can write their own today. Such a date can only
 * become valid with time, so the verdict never flips from pass to fail.
 */
import { addDays } from './days.ts';
import { formatIsoDate } from '../core/dates.ts';
import type { Finding } from '../core/findings.ts';
import type { CheckedEntry } from '../content/references.ts';

const FIELDS = ['lastReviewed', 'lastTested'] as const;

export function checkFutureDates(entries: readonly CheckedEntry[], today: Date): Finding[] {
  const latest = addDays(today, 1);
  const findings: Finding[] = [];
  for (const entry of entries) {
    for (const field of FIELDS) {
      const value = entry.data[field];
      if (!(value instanceof Date) || value.getTime() <= latest.getTime()) continue;
      findings.push({
        file: entry.file,
        line: entry.lineOf([field]),
        field,
        message: `is ${formatIsoDate(value)}, which has not come yet (today is ${formatIsoDate(today)}): write the date the page was actually ${field === 'lastTested' ? 'tested' : 'checked'}, YYYY-MM-DD.`,
      });
    }
  }
  return findings;
}
