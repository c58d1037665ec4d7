/**
 * The one dependency graph engine for the site: services and the services
 * they depend on (`dependsOn`), with the reverse edges derived. Pure and
 * deterministic: every list comes out sorted, so pages built from it are
 * byte-identical. Cycles are allowed (two services may need each other):
 * every walk visits a service once, so nothing loops, and a cycle through
 * the starting service is reported rather than followed.
 */

export interface GraphInput {
  id: string;
  dependsOn: readonly string[];
}

export interface DependencyGraph {
  /** Every service id, sorted. */
  ids: readonly string[];
  /** id → the ids it depends on directly (upstream), sorted; unknown ids and itself left out. */
  upstream: ReadonlyMap<string, readonly string[]>;
  /** id → the ids that depend on it directly (downstream), sorted. */
  downstream: ReadonlyMap<string, readonly string[]>;
}

export type Direction = 'upstream' | 'downstream';

/** One service reached from the start, by the shortest path (ties broken by id). */
export interface Reached {
  id: string;
  /** 1 for a direct neighbour, 2 through one other service, and so on. */
  depth: number;
  /** From this service back to the start: [id, …via, start]. For a blast radius it reads "id ← via ← start". */
  path: readonly string[];
}

export interface Reach {
  reached: readonly Reached[];
  /**
   * Cycles through the start, each as [start, …, start] in the walk's direction:
   * for a blast radius, [C, A, B, C] means C depends on A, A depends on B and B depends on C.
   */
  cycles: readonly (readonly string[])[];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function dependencyGraph(nodes: readonly GraphInput[]): DependencyGraph {
  const ids = [...new Set(nodes.map((node) => node.id))].sort(byId);
  const known = new Set(ids);
  const upstream = new Map<string, string[]>(ids.map((id) => [id, []]));
  const downstream = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const node of nodes) {
    for (const dependency of new Set(node.dependsOn)) {
      if (dependency === node.id || !known.has(dependency)) continue;
      const up = upstream.get(node.id) as string[];
      if (up.includes(dependency)) continue;
      up.push(dependency);
      (downstream.get(dependency) as string[]).push(node.id);
    }
  }
  for (const list of [...upstream.values(), ...downstream.values()]) list.sort(byId);
  return { ids, upstream, downstream };
}

/** The services one step away: what `id` depends on (upstream) or what depends on it (downstream). */
export function neighbours(graph: DependencyGraph, id: string, direction: Direction): readonly string[] {
  return (direction === 'upstream' ? graph.upstream : graph.downstream).get(id) ?? [];
}

/**
 * Everything reachable from `start` in one direction, breadth first: each
 * service once, at its shortest distance, ordered by distance then id.
 */
export function reach(graph: DependencyGraph, start: string, direction: Direction): Reach {
  const parent = new Map<string, string>();
  const depth = new Map<string, number>([[start, 0]]);
  const order: string[] = [];
  const closing: string[] = [];
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of neighbours(graph, id, direction)) {
        if (neighbour === start) {
          if (id !== start) closing.push(id);
          continue;
        }
        if (depth.has(neighbour)) continue;
        depth.set(neighbour, (depth.get(id) as number) + 1);
        parent.set(neighbour, id);
        next.push(neighbour);
      }
    }
    next.sort(byId);
    order.push(...next);
    frontier = next;
  }
  const pathOf = (id: string): string[] => {
    const path = [id];
    for (let at = parent.get(id); at !== undefined; at = parent.get(at)) path.push(at);
    return path;
  };
  return {
    reached: order.map((id) => ({ id, depth: depth.get(id) as number, path: pathOf(id) })),
    cycles: [...new Set(closing)].sort(byId).map((id) => [start, ...pathOf(id)]),
  };
}

/** Every service hit when `id` goes down: all that depend on it, directly or through others. */
export function blastRadius(graph: DependencyGraph, id: string): Reach {
  return reach(graph, id, 'downstream');
}

/** A service and its direct neighbours both ways, with the edges among them: what a service page's map draws. */
export function neighbourhood(graph: DependencyGraph, id: string): { ids: string[]; edges: [from: string, to: string][] } {
  const ids = [...new Set([id, ...neighbours(graph, id, 'upstream'), ...neighbours(graph, id, 'downstream')])].sort(byId);
  const inside = new Set(ids);
  const edges = ids.flatMap((from) => neighbours(graph, from, 'upstream').filter((to) => inside.has(to)).map((to): [string, string] => [from, to]));
  return { ids, edges };
}
