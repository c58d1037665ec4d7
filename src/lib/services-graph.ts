/** Dependencies between our services: `dependsOn` as written, and "used by" derived in reverse. */

export interface DependencyNode {
  id: string;
  dependsOn: readonly string[];
}

/** For each service id, the ids of the services that depend on it, sorted. Unknown ids are ignored. */
export function usedBy(services: readonly DependencyNode[]): Map<string, string[]> {
  const result = new Map<string, string[]>(services.map((service) => [service.id, []]));
  for (const service of services) {
    for (const dependency of new Set(service.dependsOn)) {
      if (dependency !== service.id) result.get(dependency)?.push(service.id);
    }
  }
  for (const users of result.values()) users.sort();
  return result;
}
