/** The running record of the service: licences, known issues and scheduled tasks. */
import { calendarDate, id, oneOf, strictObject, text } from '../fields.ts';
import { blank, blankList } from './blank.ts';

export const TASK_MODES = ['manual', 'automated'] as const;

const runbookId = () => blank(id('the id of a run book in content/runbooks/, such as `school-onboarding-report-refresh`'));

export const licence = strictObject({
  item: text('what is licensed, such as "Sentry Team plan"'),
  purchaser: blank(text('who bought it, such as the team or commercial contact')),
  contacts: blank(text('who to contact about it')),
  issuer: blank(text('who issues the licence, such as the supplier')),
  renewalDate: blank(calendarDate('when it must be renewed, written YYYY-MM-DD')),
  renewalProcess: blank(text('how renewal happens, such as "auto-renews; approve the invoice"')),
});

export const knownIssue = strictObject({
  issue: text('what people see, such as "Report shows yesterday\'s data"'),
  response: text('what to do about it'),
  runbook: runbookId(),
});

export const scheduledTask = strictObject({
  mode: oneOf(TASK_MODES, 'whether the task is done by a person or by a scheduled job'),
  performedBy: text('who or what does it, such as "Developers" or "Nightly job"'),
  summary: text('what the task is'),
  frequency: blank(text('how often, such as "Every Monday" or "Nightly at 02:00"')),
  runbook: runbookId(),
});

export const recordsShape = {
  licences: blankList(licence, 'licences the service needs, each with item and renewalDate'),
  knownIssues: blankList(knownIssue, 'common and known issues, each with issue and response'),
  scheduledTasks: blankList(scheduledTask, 'scheduled and regular tasks, each with mode, performedBy and summary'),
};
