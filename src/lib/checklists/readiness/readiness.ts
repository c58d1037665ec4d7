/**
 * Readiness: how far a service's answers to one checklist go, scored the way
 * service scorecards score (Backstage Tech Insights, Cortex): an item is met
 * when it is done or covered by an exception that has not expired, and a
 * service reaches a level only when every item that applies to it at that
 * level and every level below is met (and at least one item at that level
 * applies). Pure: "today" is always passed in.
 */
import { LEVELS, type AnswerStatus, type Level, type Phase } from '../../core/vocabulary.ts';

export interface ReadinessItem {
  id: string;
  level: Level;
  /** The delivery phases in which a service should have met the item. */
  phases: readonly Phase[];
}

export interface ReadinessAnswer {
  status: AnswerStatus;
  /** An agreed, dated exception: the item counts as met until `expires` (inclusive). */
  exception?: { expires: Date };
}

/** A service's answers to one checklist, by item id. */
export type ChecklistAnswers = Readonly<Record<string, ReadinessAnswer>>;

export type ItemOutcome =
  | 'met'
  /** Not done, but an exception covers it until its expiry date. */
  | 'met-by-exception'
  | 'not-met'
  /** Not done, and the exception that covered it has ended. */
  | 'exception-expired'
  /** The team says it does not apply, with a reason. */
  | 'not-applicable'
  /** The item is for other phases than the service is in. */
  | 'not-this-phase';

export interface ItemResult {
  id: string;
  level: Level;
  outcome: ItemOutcome;
  /** The status the service gave, or undefined when it did not answer the item. */
  status: AnswerStatus | undefined;
}

export interface Blocker {
  id: string;
  level: Level;
  /** An unmet essential item, or an exception that has run out (at any level). */
  reason: 'essential-not-met' | 'exception-expired';
}

export type Readiness =
  | { assessed: false }
  | {
      assessed: true;
      /** Applicable items that are met (done, or covered by a current exception). */
      met: number;
      /** Items that apply: in the service's phase and not marked not applicable. */
      applicable: number;
      /**
       * The highest level with items that apply whose items, and every lower level's, are all met;
       * undefined when an essential item is unmet or nothing applies.
       */
      level: Level | undefined;
      blockers: Blocker[];
      items: ItemResult[];
    };

const APPLIES = new Set<ItemOutcome>(['met', 'met-by-exception', 'not-met', 'exception-expired']);
const MET = new Set<ItemOutcome>(['met', 'met-by-exception']);

/** Whether an exception still stands on `today`: it covers its expiry day itself. */
export function exceptionStands(exception: { expires: Date }, today: Date): boolean {
  return exception.expires.getTime() >= today.getTime();
}

export function itemOutcome(item: ReadinessItem, answer: ReadinessAnswer | undefined, phase: Phase, today: Date): ItemOutcome {
  if (!item.phases.includes(phase)) return 'not-this-phase';
  if (answer?.status === 'not-applicable') return 'not-applicable';
  if (answer?.status === 'done') return 'met';
  if (answer?.exception) return exceptionStands(answer.exception, today) ? 'met-by-exception' : 'exception-expired';
  return 'not-met';
}

/**
 * Scores one service against one checklist. `answers` undefined means the
 * service has not answered the checklist at all: "Not assessed", never zero.
 * An item left out of answers that exist counts as not started.
 */
export function assessChecklist(
  items: readonly ReadinessItem[],
  answers: ChecklistAnswers | undefined,
  context: { phase: Phase; today: Date },
): Readiness {
  if (answers === undefined) return { assessed: false };
  const results: ItemResult[] = items.map((item) => ({
    id: item.id,
    level: item.level,
    outcome: itemOutcome(item, answers[item.id], context.phase, context.today),
    status: answers[item.id]?.status,
  }));
  const applicable = results.filter((result) => APPLIES.has(result.outcome));
  // A level with nothing that applies (say, exemplary items for live only, in beta) is passed
  // over but never reached: the level shown is always one the service met items at.
  let level: Level | undefined;
  for (const candidate of LEVELS) {
    const atLevel = applicable.filter((result) => result.level === candidate);
    if (!atLevel.every((result) => MET.has(result.outcome))) break;
    if (atLevel.length > 0) level = candidate;
  }
  const blockers: Blocker[] = applicable.flatMap((result): Blocker[] => {
    if (result.outcome === 'exception-expired') return [{ id: result.id, level: result.level, reason: 'exception-expired' }];
    if (result.outcome === 'not-met' && result.level === 'essential') return [{ id: result.id, level: result.level, reason: 'essential-not-met' }];
    return [];
  });
  return {
    assessed: true,
    met: applicable.filter((result) => MET.has(result.outcome)).length,
    applicable: applicable.length,
    level,
    blockers,
    items: results,
  };
}
