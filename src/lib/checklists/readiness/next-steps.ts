/**
 * Next steps for one service and one checklist: the items still to meet,
 * in order, to reach the next level. The next level is the lowest level above
 * the one reached that has items applying to the service (a level with
 * nothing that applies, such as live-only exemplary items in beta, is passed
 * over, as scoring does). Items come lowest level first, each level in the
 * checklist's order; an ended exception blocks its level like an unmet item.
 */
import { LEVELS, type Level } from '../../core/vocabulary.ts';
import { type ItemResult, type Readiness } from './readiness.ts';

export type NextSteps =
  /** Every level with items that apply is reached: nothing left to do. */
  | { done: true; level: Level | undefined }
  | { done: false; target: Level; items: ItemResult[] };

const APPLIES = new Set(['met', 'met-by-exception', 'not-met', 'exception-expired']);
const UNMET = new Set(['not-met', 'exception-expired']);

/** `readiness` must be assessed; score a checklist not yet answered with empty answers (every item not started). */
export function nextSteps(readiness: Extract<Readiness, { assessed: true }>): NextSteps {
  const reached = readiness.level ? LEVELS.indexOf(readiness.level) : -1;
  const applies = (level: Level) => readiness.items.some((item) => item.level === level && APPLIES.has(item.outcome));
  const target = LEVELS.slice(reached + 1).find(applies);
  if (!target) return { done: true, level: readiness.level };
  const upTo = LEVELS.indexOf(target);
  const items = LEVELS.slice(0, upTo + 1).flatMap((level) => readiness.items.filter((item) => item.level === level && UNMET.has(item.outcome)));
  return { done: false, target, items };
}
