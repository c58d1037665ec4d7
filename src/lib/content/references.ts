/**
 * Cross-entry checks that a schema alone cannot make: every reference
 * names an entry that exists (unique URLs: see url-claims.ts).
 */
import type { Finding } from '../core/findings.ts';
import { didYouMean } from '../core/suggest.ts';

export interface CheckedEntry {
  collection: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
  lineOf: (path: readonly PropertyKey[]) => number;
}

export interface ReferenceRule {
  /** Collection whose entries hold the reference. */
  from: string;
  /** Path of the field, such as ['owner']. */
  field: string;
  /** Collection the value must name an entry of. */
  to: string;
  /** Extracts the referenced ids from an entry's data (one field may hold a list). */
  values: (data: Record<string, unknown>) => { id: string; path: PropertyKey[] }[];
}

type Data = Record<string, unknown>;

/** The string in a field, with its path. */
export function single(field: string) {
  return (data: Data) => (typeof data[field] === 'string' ? [{ id: data[field] as string, path: [field] }] : []);
}

/** Each string in a list field, with its path. */
export function each(field: string) {
  return (data: Data) =>
    Array.isArray(data[field]) ? (data[field] as unknown[]).flatMap((id, index) => (typeof id === 'string' ? [{ id, path: [field, index] }] : [])) : [];
}

/** `inner` of each object in a list field, such as every `scheduledTasks[].runbook`. */
export function eachInner(field: string, inner: string) {
  return (data: Data) =>
    Array.isArray(data[field])
      ? (data[field] as Data[]).flatMap((item, index) => (typeof item?.[inner] === 'string' ? [{ id: item[inner] as string, path: [field, index, inner] }] : []))
      : [];
}

/**
 * `skipped` are files that exist but failed their own checks: they are
 * reported once, on themselves, so references to them are not reported again.
 */
export function checkReferences(
  entries: readonly CheckedEntry[],
  rules: readonly ReferenceRule[],
  skipped: readonly { collection: string; id: string }[] = [],
): Finding[] {
  const idsByCollection = new Map<string, string[]>();
  for (const entry of entries) {
    idsByCollection.set(entry.collection, [...(idsByCollection.get(entry.collection) ?? []), entry.id]);
  }
  const exists = new Set([...entries, ...skipped].map((entry) => `${entry.collection}/${entry.id}`));
  const findings: Finding[] = [];
  for (const rule of rules) {
    const known = idsByCollection.get(rule.to) ?? [];
    for (const entry of entries.filter((e) => e.collection === rule.from)) {
      for (const { id, path } of rule.values(entry.data)) {
        if (exists.has(`${rule.to}/${id}`)) continue;
        findings.push({
          file: entry.file,
          line: entry.lineOf(path),
          field: rule.field,
          message: `names \`${id}\`, which is not in content/${rule.to}/.${didYouMean(id, known)}${known.length ? ` Known: ${known.join(', ')}` : ''}`,
          missing: { collection: rule.to, id },
        });
      }
    }
  }
  return findings;
}
