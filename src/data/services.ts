/**
 * Service manuals as the pages and exports use them: each service with its
 * owning team, the services it depends on, the services that use it
 * (derived), and its run books. Read through site.ts.
 */
import { runbookEntries, serviceEntries, teamsById, type RunbookEntry, type ServiceEntry, type TeamEntry } from './site.ts';
import { usedBy } from '../lib/services-graph.ts';
import { memoise } from './memoise.ts';

export interface ServiceLink {
  id: string;
  name: string;
}

export interface ServiceView {
  entry: ServiceEntry;
  team: TeamEntry | undefined;
  /** The owning team's name, or its id if the team file is missing. */
  teamName: string;
  dependsOn: ServiceLink[];
  usedBy: ServiceLink[];
  runbooks: RunbookEntry[];
}

export const serviceViews = memoise(async (): Promise<ServiceView[]> => {
  const [services, teams, runbooks] = await Promise.all([serviceEntries(), teamsById(), runbookEntries()]);
  const names = new Map(services.map((service) => [service.id, service.data.name]));
  const link = (id: string): ServiceLink => ({ id, name: names.get(id) ?? id });
  const users = usedBy(services.map((service) => ({ id: service.id, dependsOn: service.data.dependsOn })));
  return services.map((entry) => {
    const team = teams.get(entry.data.owner);
    return {
      entry,
      team,
      teamName: team?.data.name ?? entry.data.owner,
      dependsOn: entry.data.dependsOn.map(link),
      usedBy: (users.get(entry.id) ?? []).map(link),
      runbooks: runbooks.filter((runbook) => runbook.data.service === entry.id),
    };
  });
});
