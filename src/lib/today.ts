/**
 * "Today" for a build. Pages must not depend on when the build ran, so the
 * date comes from a setting or from the source itself, in this order:
 * `OPS_MANUAL_TODAY` (YYYY-MM-DD), `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention), then the date of the latest git commit.
 */
import { calendarDay, parseIsoDate } from './dates.ts';

export interface TodaySources {
  env: Record<string, string | undefined>;
  /** The latest commit's date as ISO 8601, or undefined outside a git checkout. */
  latestCommitDate: () => string | undefined;
}

export interface ResolvedToday {
  date: Date;
  /** Where the date came from, for logs and docs. */
  from: 'OPS_MANUAL_TODAY' | 'SOURCE_DATE_EPOCH' | 'git';
}

export function resolveToday({ env, latestCommitDate }: TodaySources): ResolvedToday {
  const setting = env.OPS_MANUAL_TODAY?.trim();
  if (setting) {
    const date = parseIsoDate(setting);
    if (!date) throw new Error(`OPS_MANUAL_TODAY must be a date written YYYY-MM-DD, such as 2025-06-30 (found "${setting}")`);
    return { date, from: 'OPS_MANUAL_TODAY' };
  }
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (found "${epoch}")`);
    return { date: calendarDay(new Date(Number(epoch) * 1000)), from: 'SOURCE_DATE_EPOCH' };
  }
  const committed = latestCommitDate();
  const date = committed ? new Date(committed) : undefined;
  if (date && !Number.isNaN(date.getTime())) return { date: calendarDay(date), from: 'git' };
  throw new Error(
    'Cannot tell what date to check reviews against: this is not a git checkout. Set OPS_MANUAL_TODAY=YYYY-MM-DD or SOURCE_DATE_EPOCH.',
  );
}
