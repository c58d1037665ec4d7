/** Dependencies between our services: `dependsOn` as written, and "used by" derived in reverse (by the graph engine in lib/graph/). */
import { dependencyGraph } from '../graph/dependency-graph.ts';

export interface DependencyNode {
  id: string;
  dependsOn: readonly string[];
}

/** For each service id, the ids of the services that depend on it, sorted. Unknown ids are ignored. */
export function usedBy(services: readonly DependencyNode[]): Map<string, string[]> {
  const graph = dependencyGraph(services);
  return new Map(graph.ids.map((id) => [id, [...(graph.downstream.get(id) ?? [])]]));
}
