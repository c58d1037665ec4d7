/**
 * Conflicts for `npm run check`: each item a service answered `done` that its
 * own manual shows not met, as a warning (never an error: a team may be
 * part-way through documenting what it has done) on the answer's line.
 */
import type { Finding } from '../../core/findings.ts';
import type { CheckedEntry } from '../../content/references.ts';
import type { AnswerStatus } from '../../core/vocabulary.ts';
import { DERIVED_CHECKS, isDerivedCheckId, runDerivedCheck, type RunbookEvidence, type ServiceEvidence } from './derived-checks.ts';

export interface ConflictSettings {
  severityLevels: readonly string[];
  runbookTestPeriod: string;
  today: Date;
}

type Items = { id: string; derivedFrom?: string }[];
type Answers = Record<string, Record<string, { status: AnswerStatus }>>;

export function checkConflicts(entries: readonly CheckedEntry[], settings: ConflictSettings): Finding[] {
  const checklists = entries.filter((entry) => entry.collection === 'checklists');
  const runbooks = new Map<string, RunbookEvidence[]>();
  for (const entry of entries.filter((e) => e.collection === 'runbooks')) {
    const service = String(entry.data.service);
    runbooks.set(service, [...(runbooks.get(service) ?? []), { title: String(entry.data.title), lastTested: entry.data.lastTested as Date | undefined }]);
  }
  const findings: Finding[] = [];
  for (const service of entries.filter((entry) => entry.collection === 'services')) {
    const answers = (service.data.checklists ?? {}) as Answers;
    const context = { ...settings, runbooks: runbooks.get(service.id) ?? [] };
    for (const checklist of checklists) {
      for (const item of checklist.data.items as Items) {
        if (!item.derivedFrom || !isDerivedCheckId(item.derivedFrom)) continue;
        if (answers[checklist.id]?.[item.id]?.status !== 'done') continue;
        const result = runDerivedCheck(item.derivedFrom, service.data as unknown as ServiceEvidence, context);
        if (result?.state !== 'not-met') continue;
        findings.push({
          file: service.file,
          line: service.lineOf(['checklists', checklist.id, item.id]),
          field: `checklists.${checklist.id}.${item.id}`,
          message: `is answered done, but ${result.reason}: ${DERIVED_CHECKS[item.derivedFrom].fix}, or answer in-progress until it is done`,
          severity: 'warning',
        });
      }
    }
  }
  return findings;
}
