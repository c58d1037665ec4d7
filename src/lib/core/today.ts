/**
 * "Today" for a build. Pages must not depend on when the build ran, so the
 * date comes from a setting or from the source itself, in this order:
 * `OPS_MANUAL_TODAY` (YYYY-MM-DD), `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention), then the date of the latest git commit.
 * Outside a git checkout (a downloaded archive, a Docker context without
 * `.git`) it falls back to today's date in UTC, with a warning saying how to
 * pin it.
 */
import { calendarDay, formatIsoDate, parseIsoDate } from './dates.ts';

export interface TodaySources {
  env: Record<string, string | undefined>;
  /** The latest commit's date as ISO 8601, or undefined outside a git checkout. */
  latestCommitDate: () => string | undefined;
  /** The clock, for the last fallback. */
  now?: () => Date;
}

export type TodaySource = 'OPS_MANUAL_TODAY' | 'SOURCE_DATE_EPOCH' | 'git' | 'clock';

export interface ResolvedToday {
  date: Date;
  /** Where the date came from, for logs and docs. */
  from: TodaySource;
  /** Set when the date came from the clock: say it once, before rendering. */
  warning?: string;
}

export function resolveToday({ env, latestCommitDate, now = () => new Date() }: TodaySources): ResolvedToday {
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
  const today = calendarDay(now());
  return {
    date: today,
    from: 'clock',
    warning:
      `This is not a git checkout, so reviews are judged against today's date (${formatIsoDate(today)}, UTC) and two builds on different days differ. ` +
      'Set OPS_MANUAL_TODAY=YYYY-MM-DD or SOURCE_DATE_EPOCH to pin the date.',
  };
}

/** Words for "judged by": how pages and the report say which date they use. */
export function todaySourceText(from: TodaySource): string {
  switch (from) {
    case 'OPS_MANUAL_TODAY':
      return 'the date set in OPS_MANUAL_TODAY';
    case 'SOURCE_DATE_EPOCH':
      return 'the date set in SOURCE_DATE_EPOCH';
    case 'git':
      return 'the date of the latest change to this site';
    case 'clock':
      return 'the date this site was built';
  }
}

/** Carries a decided date to later readers in the same build (another module instance), as `YYYY-MM-DD from`. */
export function encodeResolvedToday(resolved: ResolvedToday): string {
  return `${formatIsoDate(resolved.date)} ${resolved.from}`;
}

export function decodeResolvedToday(text: string | undefined): ResolvedToday | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}) (OPS_MANUAL_TODAY|SOURCE_DATE_EPOCH|git|clock)$/.exec(text ?? '');
  const date = match ? parseIsoDate(match[1]) : undefined;
  return match && date ? { date, from: match[2] as TodaySource } : undefined;
}
