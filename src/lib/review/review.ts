/**
 * Page review lifecycle: when a page was last reviewed, when it is next due,
 * and whether it is overdue. Durations are plain English ("6 weeks", "1 year").
 */
import { calendarDay, daysBetween, parseIsoDate } from '../core/dates.ts';

export type DurationUnit = 'day' | 'week' | 'month' | 'year';
export interface Duration {
  amount: number;
  unit: DurationUnit;
}

const DURATION = /^(\d+)\s+(day|week|month|year)s?$/i;

/** "6 months" → { amount: 6, unit: 'month' }; `undefined` when it is not a plain duration. */
export function parseDuration(text: string): Duration | undefined {
  const match = DURATION.exec(text.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  if (amount < 1) return undefined;
  return { amount, unit: match[2].toLowerCase() as DurationUnit };
}

/**
 * Adds a duration to a calendar date. Months and years clamp to the end of a
 * shorter month, as people expect: 31 January + 1 month = 28 (or 29) February.
 */
export function addDuration(date: Date, duration: Duration): Date {
  const { amount, unit } = duration;
  if (unit === 'day' || unit === 'week') {
    const days = unit === 'day' ? amount : amount * 7;
    return new Date(date.getTime() + days * 86_400_000);
  }
  const months = unit === 'month' ? amount : amount * 12;
  const year = date.getUTCFullYear();
  const targetMonth = date.getUTCMonth() + months;
  const lastDayOfTarget = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, targetMonth, Math.min(date.getUTCDate(), lastDayOfTarget)));
}

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

const SHORT_DURATION = /^(\d+)\s*([dwmy])$/i;
const SHORT_UNITS: Record<string, DurationUnit> = { d: 'day', w: 'week', m: 'month', y: 'year' };

/** "30d", "6w", "3m", "1y" or a plain duration such as "30 days"; for command-line options. */
export function parseWithin(text: string): Duration | undefined {
  const short = SHORT_DURATION.exec(text.trim());
  if (short && Number(short[1]) >= 1) return { amount: Number(short[1]), unit: SHORT_UNITS[short[2].toLowerCase()] };
  return parseDuration(text);
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
