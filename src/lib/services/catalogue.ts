/** The services catalogue: every service grouped by phase and by owning team, in a stable order. */
import { PHASES, type Phase } from '../core/vocabulary.ts';

export interface CatalogueItem {
  id: string;
  name: string;
  phase: Phase;
  owner: string;
}

export interface CatalogueGroup<T> {
  key: string;
  title: string;
  items: T[];
}

const byName = <T extends CatalogueItem>(a: T, b: T) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id, 'en');

/** Phases in delivery order, leaving out phases with no services. */
export function groupByPhase<T extends CatalogueItem>(items: readonly T[], phaseTitle: (phase: Phase) => string): CatalogueGroup<T>[] {
  return PHASES.map((phase) => ({ key: phase, title: phaseTitle(phase), items: items.filter((item) => item.phase === phase).sort(byName) })).filter(
    (group) => group.items.length > 0,
  );
}

/** Teams by name, each with its services. */
export function groupByOwner<T extends CatalogueItem>(items: readonly T[], teamName: (owner: string) => string): CatalogueGroup<T>[] {
  const owners = [...new Set(items.map((item) => item.owner))];
  return owners
    .map((owner) => ({ key: owner, title: teamName(owner), items: items.filter((item) => item.owner === owner).sort(byName) }))
    .sort((a, b) => a.title.localeCompare(b.title, 'en') || a.key.localeCompare(b.key, 'en'));
}
