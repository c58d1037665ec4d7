/**
 * Teams as the pages show them: where each team's page is published, and the
 * run books of its services that are due a test. Pure: "today" is passed in.
 */
import type { Duration } from '../core/durations.ts';
import { runbookTest, testPeriod } from '../incidents/runbook-tests.ts';
import { reviewStateWithin } from '../review/review.ts';

export const TEAMS_PATH = '/teams/';

/** /teams/<team-id>/: every owner's name links here. */
export function teamPath(teamId: string): string {
  return `${TEAMS_PATH}${teamId}/`;
}

/** A team's name as pages show it: the team's own name, or its id while no team file has that id yet. */
export function teamDisplayName(teams: ReadonlyMap<string, { data: { name: string } }>, owner: string): string {
  return teams.get(owner)?.data.name ?? owner;
}

export interface RunbookForTest {
  id: string;
  title: string;
  service: string;
  lastTested?: Date;
}

export interface RunbookDue extends RunbookForTest {
  /** When the last test stops counting (`lastTested` + the test period); undefined when never tested. */
  due?: Date;
  state: 'never-tested' | 'overdue' | 'due-soon';
}

/**
 * Run books due a test: never tested, tested longer ago than `period`
 * (settings.operations.runbookTestPeriod), or due within `soon`. Never
 * tested first, then by due date, then title.
 */
export function runbooksDue(runbooks: readonly RunbookForTest[], period: string, today: Date, soon: Duration): RunbookDue[] {
  const duration = testPeriod(period);
  const due: RunbookDue[] = runbooks.flatMap((runbook): RunbookDue[] => {
    if (!runbook.lastTested) return [{ ...runbook, state: 'never-tested' }];
    // When the next test is due, by the run book page's own rule; "due soon" as reviews count it.
    const dueOn = runbookTest(runbook.lastTested, today, duration).dueBy!;
    const state = reviewStateWithin(dueOn, today, soon);
    return state === 'current' ? [] : [{ ...runbook, due: dueOn, state }];
  });
  return due.sort((a, b) => (a.due?.getTime() ?? -Infinity) - (b.due?.getTime() ?? -Infinity) || a.title.localeCompare(b.title, 'en'));
}
