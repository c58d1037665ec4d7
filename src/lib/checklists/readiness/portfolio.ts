/**
 * Portfolio readiness: for each checklist, how many services reach each
 * level, overall, by phase and by team, and the services with the most
 * blockers. Counts, never lists of services, so the page's weight grows with
 * the number of teams and phases, not with the number of services.
 */
import { LEVELS } from '../../core/vocabulary.ts';
import { type Readiness } from './readiness.ts';

/** Where a service stands on one checklist: a level reached, or why it has none. */
export const STANDINGS = ['not-assessed', 'nothing-applies', 'below-essential', ...LEVELS] as const;
export type Standing = (typeof STANDINGS)[number];

export const STANDING_LABEL: Record<Standing, string> = {
  'not-assessed': 'Not assessed',
  'nothing-applies': 'Nothing applies yet',
  'below-essential': 'Below essential',
  essential: 'Essential',
  expected: 'Expected',
  exemplary: 'Exemplary',
};

export function standingOf(readiness: Readiness): Standing {
  if (!readiness.assessed) return 'not-assessed';
  if (readiness.applicable === 0) return 'nothing-applies';
  return readiness.level ?? 'below-essential';
}

export type Counts = Record<Standing, number>;

const zero = (): Counts => Object.fromEntries(STANDINGS.map((standing) => [standing, 0])) as Counts;

export interface PortfolioService {
  id: string;
  name: string;
  phase: string;
  team: { id: string; name: string };
  /** One per checklist, in checklist order. */
  readiness: readonly Readiness[];
}

export interface ChecklistPortfolio {
  total: Counts;
  /** In the order of `phases`, only phases with services. */
  byPhase: { phase: string; counts: Counts }[];
  /** By team name. */
  byTeam: { id: string; name: string; counts: Counts }[];
}

export interface MostBlocked {
  id: string;
  name: string;
  team: { id: string; name: string };
  blockers: number;
}

/** Counts for checklist number `index`. */
export function checklistPortfolio(services: readonly PortfolioService[], index: number, phases: readonly string[]): ChecklistPortfolio {
  const total = zero();
  const byPhase = new Map<string, Counts>();
  const byTeam = new Map<string, { id: string; name: string; counts: Counts }>();
  for (const service of services) {
    const standing = standingOf(service.readiness[index]!);
    total[standing] += 1;
    const phase = byPhase.get(service.phase) ?? zero();
    phase[standing] += 1;
    byPhase.set(service.phase, phase);
    const team = byTeam.get(service.team.id) ?? { ...service.team, counts: zero() };
    team.counts[standing] += 1;
    byTeam.set(service.team.id, team);
  }
  return {
    total,
    byPhase: phases.filter((phase) => byPhase.has(phase)).map((phase) => ({ phase, counts: byPhase.get(phase)! })),
    byTeam: [...byTeam.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }) || a.id.localeCompare(b.id, 'en')),
  };
}

/** The `limit` services with the most blockers across every checklist, most first, then by name; none with no blockers. */
export function mostBlocked(services: readonly PortfolioService[], limit: number): MostBlocked[] {
  return services
    .map((service) => ({
      id: service.id,
      name: service.name,
      team: service.team,
      blockers: service.readiness.reduce((sum, readiness) => sum + (readiness.assessed ? readiness.blockers.length : 0), 0),
    }))
    .filter((service) => service.blockers > 0)
    .sort((a, b) => b.blockers - a.blockers || a.name.localeCompare(b.name, 'en', { numeric: true }) || a.id.localeCompare(b.id, 'en'))
    .slice(0, limit);
}

export interface Bar {
  label: string;
  count: number;
  /** Bar length from 0 to `width`, rounded to a tenth so builds are byte-identical. */
  length: number;
}

/** Bar lengths for a horizontal bar chart, the longest bar `width` long. */
export function bars(rows: readonly { label: string; count: number }[], width: number): Bar[] {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return rows.map((row) => ({ ...row, length: Math.round((row.count / max) * width * 10) / 10 }));
}
