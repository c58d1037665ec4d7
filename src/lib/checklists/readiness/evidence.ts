/**
 * The team's answer and the manual's evidence, side by side, for each
 * checklist item that names a derived check:
 * - a conflict when the team answered `done` but the manual shows the item not met;
 * - a prompt to mark the item done when the manual shows it met but the team
 *   has not answered it done (unanswered, not started or in progress).
 *
 * Evidence never changes the score: a service's level counts only the team's
 * answers (see lib/checklists/readiness/readiness.ts). A derived check is a necessary condition,
 * not a sufficient one (an SLO in the manual does not prove it was agreed with
 * the service owner), so "met" evidence is a prompt, not an answer.
 */
import type { AnswerStatus } from '../../core/vocabulary.ts';
import { isDerivedCheckId, runDerivedCheck, type DerivedResult, type EvidenceContext, type ServiceEvidence } from './derived-checks.ts';

export interface ItemEvidence {
  /** What the manual shows; null when the item names no check or the manual is silent. */
  derived: 'met' | 'not-met' | null;
  /** Why the manual shows the item not met, finishing "answered done, but …". */
  reason?: string;
  /** Answered done, but the manual shows it not met. */
  conflict: boolean;
  /** The manual shows it met, but the team has not answered it done (and has not said it does not apply). */
  markDone: boolean;
}

export const MARK_DONE_TEXT = 'The manual shows this is met: mark it done';

export function compareAnswer(status: AnswerStatus | undefined, result: DerivedResult): ItemEvidence {
  if (!result) return { derived: null, conflict: false, markDone: false };
  if (result.state === 'met') return { derived: 'met', conflict: false, markDone: status !== 'done' && status !== 'not-applicable' };
  return { derived: 'not-met', reason: result.reason, conflict: status === 'done', markDone: false };
}

/** "Answered done, but no P2 or P3 severity is documented." */
export function conflictText(reason: string): string {
  return `Answered done, but ${reason}.`;
}

/** Each item's evidence by item id, for one service and one checklist. */
export function checklistEvidence(
  items: readonly { id: string; derivedFrom?: string }[],
  answers: Readonly<Record<string, { status: AnswerStatus }>> | undefined,
  service: ServiceEvidence,
  context: EvidenceContext,
): Map<string, ItemEvidence> {
  return new Map(
    items.map((item) => {
      const result = item.derivedFrom && isDerivedCheckId(item.derivedFrom) ? runDerivedCheck(item.derivedFrom, service, context) : null;
      return [item.id, compareAnswer(answers?.[item.id]?.status, result)];
    }),
  );
}

export interface Conflict {
  checklistId: string;
  checklistTitle: string;
  itemId: string;
  itemTitle: string;
  /** Finishes "answered done, but …". */
  reason: string;
}

interface ChecklistWithEvidence {
  checklist: { id: string; title: string; items: readonly { id: string; title: string }[] };
  evidence: ReadonlyMap<string, ItemEvidence>;
}

/** A service's conflicts across its checklists, in checklist then item order. */
export function conflictsIn(results: readonly ChecklistWithEvidence[]): Conflict[] {
  return results.flatMap(({ checklist, evidence }) =>
    checklist.items.flatMap((item) => {
      const found = evidence.get(item.id);
      return found?.conflict && found.reason
        ? [{ checklistId: checklist.id, checklistTitle: checklist.title, itemId: item.id, itemTitle: item.title, reason: found.reason }]
        : [];
    }),
  );
}
