import { calendarDate, id, strictObject, text } from './fields.ts';
import { requireOneReviewDate, reviewShape, sources } from './shared.ts';
import { blank, blankList } from './service/blank.ts';
import { redirectShape } from './redirects.ts';

/** A run book: `content/runbooks/<runbook-id>.md`, published under its service's page. The steps are the body. */
export const runbookSchema = strictObject({
  title: text('what the run book does, such as "Refresh the school onboarding report"'),
  service: id('the id of the service it belongs to, from content/services/, such as `apply-for-a-permit`'),
  whenToUse: blank(text('when to use it: the alert, symptom or schedule that calls for it')),
  alerts: blankList(
    text('an alert name as the alerting tool shows it, such as FundingClaimEmailsFailing'),
    'the alerts that call for this run book, by the names the alerting tool gives them; each gets the address /alerts/<alert-id>/',
  ),
  lastTested: blank(calendarDate('the date someone last followed these steps end to end, written YYYY-MM-DD')),
  ...reviewShape,
  sources,
  ...redirectShape,
}).superRefine(requireOneReviewDate);
