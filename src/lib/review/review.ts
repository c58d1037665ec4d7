/**
 * Page review lifecycle: when a page was last reviewed, when it is next due,
 * and whether it is overdue. Durations are plain English ("6 weeks", "1 year").
 */
import { calendarDay, daysBetween, parseIsoDate } from '../core/dates.ts';
import { addDuration, parseDuration, type Duration } from '../core/durations.ts';

export interface ReviewFields {
  lastReviewed: Date;
  reviewIn?: string;
  reviewBy?: Date;
}

/** The date a page is next due for review: `reviewBy` when given, else `lastReviewed + reviewIn`. */
export function nextReviewDate(review: ReviewFields): Date {
  if (review.reviewBy) return review.reviewBy;
  const duration = review.reviewIn ? parseDuration(review.reviewIn) : undefined;
  if (!duration) throw new Error(`reviewIn "${review.reviewIn}" is not a plain duration such as "6 months"`);
  return addDuration(review.lastReviewed, duration);
}

export type ReviewState = 'overdue' | 'due-soon' | 'current';

/** Days before the due date when a page counts as "due soon". */
export const DUE_SOON_DAYS = 30;

/** A page is overdue from the day after its due date, and due soon within `soonDays` of it. */
export function reviewState(due: Date, today: Date, soonDays = DUE_SOON_DAYS): ReviewState {
  return reviewStateWithin(due, today, { amount: soonDays, unit: 'day' });
}

/** A due date falls in "due soon" when it is on or before `today + within`. */
export function reviewStateWithin(due: Date, today: Date, within: Duration): ReviewState {
  if (daysBetween(today, due) < 0) return 'overdue';
  return daysBetween(addDuration(calendarDay(today), within), due) <= 0 ? 'due-soon' : 'current';
}

/**
 * Whether a review due on `dueIso` (YYYY-MM-DD) is overdue for a reader whose
 * clock says `now`: compared with the reader's own calendar date, so a page
 * due today is not overdue anywhere until the reader's day is over.
 */
export function isOverdueOn(dueIso: string, now: Date): boolean {
  const due = parseIsoDate(dueIso);
  if (!due) return false;
  const readerToday = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return readerToday > due.getTime();
}
