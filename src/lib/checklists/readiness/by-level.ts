/**
 * Readiness across a portfolio, as counts: for one checklist, how many
 * services reached each level (or none, or have not answered), each with its
 * services. Shown where a services × items matrix would be too wide to use.
 */
import { readinessStatus, type StatusText } from './format.ts';
import type { Readiness } from './readiness.ts';

export interface LevelGroup<T> {
  status: StatusText;
  items: T[];
}

/** Most ready first; statuses with no services left out; services in the order given. */
const ORDER = ['Exemplary', 'Expected', 'Essential', 'Below essential', 'Nothing applies yet', 'Not assessed'];

export function groupByReadiness<T>(items: readonly T[], readinessOf: (item: T) => Readiness): LevelGroup<T>[] {
  const groups = new Map<string, LevelGroup<T>>();
  for (const item of items) {
    const status = readinessStatus(readinessOf(item));
    const group = groups.get(status.label) ?? { status, items: [] };
    group.items.push(item);
    groups.set(status.label, group);
  }
  return [...groups.values()].sort((a, b) => ORDER.indexOf(a.status.label) - ORDER.indexOf(b.status.label));
}
