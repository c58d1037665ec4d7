/**
 * Whether a run book's steps are known to work: "Last tested <date>", or
 * "Never tested", and due a test once the last test is older than
 * `settings.operations.runbookTestPeriod`. Decided against the build date.
 */
import { formatLongDate } from '../core/dates.ts';
import { addDuration, parseDuration, type Duration } from '../core/durations.ts';

export type RunbookTestState = 'current' | 'due' | 'never';

export interface RunbookTest {
  state: RunbookTestState;
  /** "Last tested 11 June 2026" or "Never tested". */
  label: string;
  /** When the next test is due; absent when never tested. */
  dueBy?: Date;
  /** GOV.UK tag colour for the state. */
  tag: string;
}

export function testPeriod(text: string): Duration {
  const period = parseDuration(text);
  if (!period) throw new Error(`settings.operations.runbookTestPeriod must be a plain duration such as "6 months" (found "${text}")`);
  return period;
}

export function runbookTest(lastTested: Date | undefined, today: Date, period: Duration): RunbookTest {
  if (!lastTested) return { state: 'never', label: 'Never tested', tag: 'govuk-tag--red' };
  const dueBy = addDuration(lastTested, period);
  const due = dueBy.getTime() < today.getTime();
  return { state: due ? 'due' : 'current', label: `Last tested ${formatLongDate(lastTested)}`, dueBy, tag: due ? 'govuk-tag--orange' : 'govuk-tag--green' };
}

/** The warning a run book page shows once its test is out of date, or when it has never been tested. */
export function runbookTestWarning(test: RunbookTest, periodText: string): string | undefined {
  if (test.state === 'never') return 'These steps have never been tested. Follow them end to end in a safe environment, then record the date in lastTested.';
  if (test.state === 'due') return `${test.label}: more than ${periodText} ago. The steps may be out of date: test them and update lastTested.`;
  return undefined;
}

export interface RunbookForTest {
  title: string;
  /** Site path of the run book page. */
  path: string;
  serviceName: string;
  lastTested?: Date;
}

export interface RunbookDue extends RunbookForTest {
  test: RunbookTest;
}

/** Run books never tested or due a test on `today`: never tested first, then the longest untested; for /reviews/ and the review report. */
export function runbooksDueATest<T extends RunbookForTest>(runbooks: readonly T[], today: Date, period: Duration): (T & RunbookDue)[] {
  return runbooks
    .map((runbook) => ({ ...runbook, test: runbookTest(runbook.lastTested, today, period) }))
    .filter((runbook) => runbook.test.state !== 'current')
    .sort((a, b) => (a.lastTested?.getTime() ?? -Infinity) - (b.lastTested?.getTime() ?? -Infinity) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Lines for the terminal review report. */
export function formatRunbooksDue(due: readonly RunbookDue[], periodText: string, url: (path: string) => string): string[] {
  if (due.length === 0) return [`Every run book was tested in the last ${periodText}.`];
  return [
    `Run books due a test (never tested, or last tested more than ${periodText} ago): ${due.length}.`,
    ...due.map((runbook) => `  ${runbook.test.state === 'never' ? 'NEVER    ' : 'due      '}${runbook.lastTested ? runbook.test.label.replace('Last tested ', '') : ''}  ${runbook.title} (${runbook.serviceName})  ${url(runbook.path)}`),
  ];
}
