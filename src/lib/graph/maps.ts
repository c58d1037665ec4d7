/**
 * What each dependency map draws, from the graph engine's data: a service's
 * neighbourhood, the owners overview, and one owner's services with their
 * direct neighbours. Pure; the drawing (Graphviz) happens in data/maps.ts.
 */
import { neighbourhood, type DependencyGraph } from './dependency-graph.ts';
import type { MapEdge, MapGraph, MapNode } from './dot.ts';

export interface MapService {
  id: string;
  name: string;
  example: boolean;
  /** The owning team's name. */
  ownerName: string;
  owner: string;
  externalDependencies: readonly string[];
}

const serviceNode = (service: MapService, current: boolean, group?: string): MapNode => ({
  id: service.id,
  label: service.name,
  kind: current ? 'current' : service.example ? 'example' : 'service',
  group,
});

/** A service, the services it needs and that need it, and its outside dependencies. */
export function neighbourhoodMap(graph: DependencyGraph, services: ReadonlyMap<string, MapService>, id: string): MapGraph {
  const near = neighbourhood(graph, id);
  const self = services.get(id);
  const externals = (self?.externalDependencies ?? []).map((name, index) => ({ id: `external-${index}`, label: name, kind: 'external' as const }));
  return {
    nodes: [...near.ids.flatMap((other) => (services.has(other) ? [serviceNode(services.get(other) as MapService, other === id)] : [])), ...externals],
    edges: [...near.edges.map(([from, to]) => ({ from, to })), ...externals.map((external) => ({ from: id, to: external.id }))],
  };
}

/**
 * Past this many arrows a map is a tangle nobody can read, and Graphviz takes
 * minutes to lay it out (the teams map of 300 services in 30 teams has about
 * 800 arrows and took 220 s): pages show a table instead.
 */
export const MAX_DRAWN_EDGES = 80;

export function drawable(graph: MapGraph): boolean {
  return graph.edges.length > 0 && graph.edges.length <= MAX_DRAWN_EDGES;
}

/** For each team: how many teams its services need, and how many need it. */
export function ownerLinks(graph: MapGraph): Map<string, { needs: number; neededBy: number }> {
  const links = new Map(graph.nodes.map((n) => [n.id, { needs: 0, neededBy: 0 }]));
  for (const edge of graph.edges) {
    const from = links.get(edge.from);
    const to = links.get(edge.to);
    if (from) from.needs++;
    if (to) to.neededBy++;
  }
  return links;
}

/** One node per owning team; an edge when a team's services need another team's, labelled with how many dependencies. */
export function ownersMap(graph: DependencyGraph, services: ReadonlyMap<string, MapService>): MapGraph {
  const owners = new Map<string, { name: string; count: number }>();
  for (const service of services.values()) {
    const owner = owners.get(service.owner) ?? { name: service.ownerName, count: 0 };
    owner.count++;
    owners.set(service.owner, owner);
  }
  const counts = new Map<string, number>();
  for (const from of graph.ids) {
    for (const to of graph.upstream.get(from) ?? []) {
      const a = services.get(from)?.owner;
      const b = services.get(to)?.owner;
      if (a && b && a !== b) counts.set(`${a}\u0000${b}`, (counts.get(`${a}\u0000${b}`) ?? 0) + 1);
    }
  }
  return {
    nodes: [...owners].map(([owner, { name, count }]) => ({ id: owner, label: `${name} (${count} service${count === 1 ? '' : 's'})`, kind: 'service' as const })),
    edges: [...counts].map(([key, count]): MapEdge => {
      const [from, to] = key.split('\u0000');
      return { from, to, label: String(count) };
    }),
  };
}

/** One team's services, boxed, with every service they need or that needs them, boxed by its own team. */
export function ownerMap(graph: DependencyGraph, services: ReadonlyMap<string, MapService>, owner: string): MapGraph {
  const own = graph.ids.filter((id) => services.get(id)?.owner === owner);
  const edges: MapEdge[] = [];
  const ids = new Set(own);
  for (const id of own) {
    for (const to of graph.upstream.get(id) ?? []) {
      edges.push({ from: id, to });
      ids.add(to);
    }
    for (const from of graph.downstream.get(id) ?? []) {
      if (services.get(from)?.owner !== owner) edges.push({ from, to: id });
      ids.add(from);
    }
  }
  return {
    nodes: [...ids].flatMap((id) => {
      const service = services.get(id);
      return service ? [serviceNode(service, false, service.ownerName)] : [];
    }),
    edges,
  };
}

/** The map's arrows in words, in the map's order: its text equivalent. */
export function mapLines(graph: MapGraph): string[] {
  const label = new Map(graph.nodes.map((n) => [n.id, n.kind === 'example' ? `${n.label} (example)` : n.label]));
  return graph.edges.map((e) => `${label.get(e.from) ?? e.from} needs ${label.get(e.to) ?? e.to}${e.label ? ` (${e.label})` : ''}`);
}
