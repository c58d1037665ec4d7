/**
 * A service's answers to the readiness checklists, in its frontmatter:
 *
 *   checklists:
 *     ready-for-live-support:          # a checklist id (content/checklists/)
 *       support-rota:                  # an item id in that checklist
 *         status: done
 *         evidence: https://…          # a web address or a short note
 *         date: 2026-09-14
 *       out-of-hours-support:
 *         status: not-applicable
 *         reason: Used in office hours only; agreed with the service owner.
 *       load-testing:
 *         status: in-progress
 *         exception: { reason: …, expires: 2027-03-31 }
 *
 * A checklist left out is "Not assessed". Checklist and item ids are checked
 * against content/checklists/ by the content check (lib/checklist-answers.ts).
 */
import { z } from 'astro/zod';
import { calendarDate, oneOf, optionalText, strictObject, text } from './fields.ts';
import { ANSWER_STATUSES } from '../lib/core/vocabulary.ts';
import { blank } from './service/blank.ts';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

const evidence = text('a web address starting https:// or a short note saying where the evidence is').superRefine((value, ctx) => {
  if (!SCHEME.test(value)) return;
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    parsed = undefined;
  }
  if (parsed?.protocol !== 'https:') {
    ctx.addIssue({ code: 'custom', message: 'must be a full web address starting https://, or a short note without one: where the evidence is' });
  }
});

const exception = strictObject({
  reason: text('why the item is not done and who agreed the exception'),
  expires: calendarDate('the date the exception ends, YYYY-MM-DD, such as 2027-03-31: after it the item blocks readiness again'),
});

export const answerSchema = strictObject({
  status: oneOf(ANSWER_STATUSES, 'where the team is with the item'),
  // Left empty (`evidence:`), as the self-assessment's copied answers have it, means no evidence given yet.
  evidence: blank(evidence),
  date: calendarDate('when the team last checked this answer, YYYY-MM-DD').optional(),
  reason: optionalText('why the item does not apply to this service'),
  exception: exception.optional(),
}).superRefine((answer, ctx) => {
  if (answer.status === 'not-applicable' && !answer.reason) {
    ctx.addIssue({
      code: 'custom',
      path: ['reason'],
      message: 'is required when `status` is not-applicable: add `reason:` saying why the item does not apply to this service',
    });
  }
});

const answers = z.record(z.string(), answerSchema, {
  error: 'must list item ids from the checklist, each with a `status`, such as `support-rota: { status: done }`',
});

export const checklistAnswersShape = {
  // Left blank (`checklists:`), as the service template has it, means no checklist answered yet.
  checklists: z.preprocess(
    (value) => (value === null ? {} : value),
    z
      .record(z.string(), answers, {
        error: 'must list checklist ids from content/checklists/, each with its items, such as `ready-for-live-support:`',
      })
      .default({}),
  ),
};

export type ServiceChecklistAnswers = z.output<typeof checklistAnswersShape.checklists>;
