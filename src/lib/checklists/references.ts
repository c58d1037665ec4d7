/**
 * Service answers must name checklists and items that exist: an unknown id
 * fails the check with the closest real id, so a typo cannot quietly leave
 * an item unanswered.
 */
import type { Finding } from '../core/findings.ts';
import type { CheckedEntry } from '../content/references.ts';
import { didYouMean } from '../core/suggest.ts';
import { fieldName } from '../core/findings.ts';
import { DERIVED_CHECKS, isDerivedCheckId } from './readiness/derived-checks.ts';

function itemIds(checklist: CheckedEntry): string[] {
  const items = checklist.data.items;
  return Array.isArray(items) ? items.map((item) => String((item as { id?: unknown }).id)) : [];
}

function objectKeys(value: unknown): string[] {
  return value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
}

/** `skipped`: ids of checklists that failed their own checks (reported on themselves, so not again here). */
export function checkChecklistAnswers(checklists: readonly CheckedEntry[], services: readonly CheckedEntry[], skipped: readonly string[] = []): Finding[] {
  const byId = new Map(checklists.map((checklist) => [checklist.id, checklist]));
  const known = [...byId.keys()].sort();
  const findings: Finding[] = [];
  for (const service of services) {
    const answers = service.data.checklists as Record<string, unknown> | undefined;
    for (const checklistId of objectKeys(answers)) {
      const checklist = byId.get(checklistId);
      if (!checklist && skipped.includes(checklistId)) continue;
      if (!checklist) {
        findings.push({
          file: service.file,
          line: service.lineOf(['checklists', checklistId]),
          field: `checklists.${checklistId}`,
          message: `names the checklist \`${checklistId}\`, which is not in content/checklists/.${didYouMean(checklistId, known)}${known.length ? ` Checklists: ${known.join(', ')}` : ''}`,
        });
        continue;
      }
      const items = itemIds(checklist);
      for (const itemId of objectKeys(answers![checklistId])) {
        if (items.includes(itemId)) continue;
        findings.push({
          file: service.file,
          line: service.lineOf(['checklists', checklistId, itemId]),
          field: `checklists.${checklistId}.${itemId}`,
          message: `names the item \`${itemId}\`, which is not in the checklist \`${checklistId}\` (${checklist.file}).${didYouMean(itemId, items)} Its items: ${items.join(', ')}`,
        });
      }
    }
  }
  return findings;
}

/**
 * A checklist item names a derived check only when the check's evidence shows the whole item met
 * (the check's `evidences` list), so "The manual shows this is met: mark it done" is never told to a
 * team for a claim its manual does not make. An unknown check id is the schema's to report.
 */
export function checkDerivedFrom(checklists: readonly CheckedEntry[]): Finding[] {
  const findings: Finding[] = [];
  for (const checklist of checklists) {
    const items = Array.isArray(checklist.data.items) ? (checklist.data.items as { id?: unknown; title?: unknown; derivedFrom?: unknown }[]) : [];
    items.forEach((item, index) => {
      if (typeof item.derivedFrom !== 'string' || !isDerivedCheckId(item.derivedFrom)) return;
      const check = DERIVED_CHECKS[item.derivedFrom];
      const ref = `${checklist.id}/${String(item.id)}`;
      if ((check.evidences as readonly string[]).includes(ref)) return;
      const path = ['items', index, 'derivedFrom'];
      findings.push({
        file: checklist.file,
        line: checklist.lineOf(path),
        field: fieldName(path),
        message:
          `names the derived check \`${item.derivedFrom}\`, which shows only that the manual documents ${check.summary}: ` +
          `that is not evidence that “${String(item.title ?? item.id)}” is met. Remove \`derivedFrom\` from this item, so the team answers it from its own evidence; ` +
          `or, if the check proves everything the item asks, add \`${ref}\` to the check's \`evidences\` in src/lib/checklists/readiness/derived-checks.ts`,
      });
    });
  }
  return findings;
}
