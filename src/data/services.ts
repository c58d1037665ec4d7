/**
 * Service manuals as the pages and exports use them: each service with its
 * owning team, the services it depends on, the services that use it
 * (derived), everything hit when it goes down (its blast radius, from the
 * graph engine in lib/graph/), and its run books with their test state.
 * Read through site.ts.
 */
import { runbookEntries, serviceEntries, teamsById, type RunbookEntry, type ServiceEntry, type TeamEntry } from './site.ts';
import { entrySlug } from '../kinds/index.ts';
import { blastRadius, dependencyGraph, type DependencyGraph } from '../lib/graph/dependency-graph.ts';
import { runbookTest, testPeriod, type RunbookTest } from '../lib/incidents/runbook-tests.ts';
import { settings } from '../settings.ts';
import { buildToday } from './today.ts';
import { memoise } from './memoise.ts';
import { teamDisplayName } from '../lib/teams/teams.ts';
import { readinessOf, type ChecklistReadiness } from './checklists.ts';

export interface ServiceLink {
  id: string;
  name: string;
  /** A made-up example service: tagged "Example" wherever it appears on another service's page. */
  example: boolean;
}

/** A service hit when this one goes down, with the path the failure travels: [it, …via, this service]. */
export interface Impacted {
  service: ServiceLink;
  depth: number;
  path: ServiceLink[];
}

export interface ServiceView {
  entry: ServiceEntry;
  team: TeamEntry | undefined;
  /** The owning team's name, or its id if the team file is missing. */
  teamName: string;
  dependsOn: ServiceLink[];
  usedBy: ServiceLink[];
  /** Every service that depends on this one, directly or through others, nearest first. */
  blastRadius: Impacted[];
  /** Cycles through this service, each as [this, …, this]: "this ← a ← b ← this". */
  cycles: ServiceLink[][];
  runbooks: RunbookEntry[];
  /** Each run book's test state on the build date, by run book id. */
  runbookTests: Map<string, RunbookTest>;
  /** The service's readiness against every checklist, with its evidence. */
  readiness: ChecklistReadiness[];
}

/** The dependency graph of every service, for maps and readiness checks. */
export const serviceGraph = memoise(async (): Promise<DependencyGraph> => {
  const services = await serviceEntries();
  return dependencyGraph(services.map((service) => ({ id: service.id, dependsOn: service.data.dependsOn })));
});

export const serviceViews = memoise(async (): Promise<ServiceView[]> => {
  const [services, teams, runbooks, graph] = await Promise.all([serviceEntries(), teamsById(), runbookEntries(), serviceGraph()]);
  const byId = new Map(services.map((service) => [service.id, service]));
  const link = (id: string): ServiceLink => ({ id, name: byId.get(id)?.data.name ?? id, example: byId.get(id)?.data.example ?? false });
  const today = buildToday();
  const period = testPeriod(settings.operations.runbookTestPeriod);
  return Promise.all(services.map(async (entry) => {
    const team = teams.get(entry.data.owner);
    const impact = blastRadius(graph, entry.id);
    const own = runbooks.filter((runbook) => runbook.data.service === entry.id);
    return {
      entry,
      team,
      teamName: teamDisplayName(teams, entry.data.owner),
      dependsOn: entry.data.dependsOn.map(link),
      usedBy: (graph.downstream.get(entry.id) ?? []).map(link),
      blastRadius: impact.reached.map((reached) => ({ service: link(reached.id), depth: reached.depth, path: reached.path.map(link) })),
      cycles: impact.cycles.map((cycle) => cycle.map(link)),
      runbooks: own,
      runbookTests: new Map(own.map((runbook) => [runbook.id, runbookTest(runbook.data.lastTested, today, period)])),
      readiness: await readinessOf(entry),
    };
  }));
});

/** The routes of the pages each service has (its manual, incident pack, catalog-info.yaml): one a service, with its view. */
export async function servicePagePaths(): Promise<{ params: { id: string }; props: { view: ServiceView } }[]> {
  return (await serviceViews()).map((view) => ({ params: { id: entrySlug('services', view.entry.id) }, props: { view } }));
}
