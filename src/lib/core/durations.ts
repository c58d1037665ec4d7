/**
 * Durations in plain English ("6 weeks", "1 year"), as authors write `reviewIn`
 * and the run book test period, and the calendar arithmetic on them.
 */

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

const SHORT_DURATION = /^(\d+)\s*([dwmy])$/i;
const SHORT_UNITS: Record<string, DurationUnit> = { d: 'day', w: 'week', m: 'month', y: 'year' };

/** "30d", "6w", "3m", "1y" or a plain duration such as "30 days"; for command-line options. */
export function parseWithin(text: string): Duration | undefined {
  const short = SHORT_DURATION.exec(text.trim());
  if (short && Number(short[1]) >= 1) return { amount: Number(short[1]), unit: SHORT_UNITS[short[2].toLowerCase()] };
  return parseDuration(text);
}
