import { describe, expect, it } from 'vitest';
import { blastRadius, dependencyGraph, neighbourhood, neighbours, reach } from '../../../../src/lib/graph/dependency-graph.ts';

/** "a->b,c" means a depends on b and c. */
function graphOf(...lines: string[]) {
  return dependencyGraph(
    lines.map((line) => {
      const [id, deps = ''] = line.split('->');
      return { id, dependsOn: deps ? deps.split(',') : [] };
    }),
  );
}
const paths = (result: ReturnType<typeof reach>) => result.reached.map((r) => r.path.join(' ← '));

describe('dependencyGraph', () => {
  it('derives both directions, sorted, ignoring unknown ids, repeats and self-references', () => {
    const graph = graphOf('z->a,a,missing,z', 'a', 'm->a');
    expect(graph.ids).toEqual(['a', 'm', 'z']);
    expect(neighbours(graph, 'a', 'downstream')).toEqual(['m', 'z']);
    expect(neighbours(graph, 'z', 'upstream')).toEqual(['a']);
    expect(neighbours(graph, 'nobody', 'upstream')).toEqual([]);
  });
});

describe('blastRadius', () => {
  it('lists direct dependents, then indirect ones with their path', () => {
    // c is the core; b needs c; a needs b.
    const graph = graphOf('a->b', 'b->c', 'c');
    const result = blastRadius(graph, 'c');
    expect(result.reached.map((r) => [r.id, r.depth])).toEqual([['b', 1], ['a', 2]]);
    expect(paths(result)).toEqual(['b ← c', 'a ← b ← c']);
    expect(result.cycles).toEqual([]);
    expect(blastRadius(graph, 'a').reached).toEqual([]);
  });

  it('counts a diamond once, by its shortest path, ties broken by id', () => {
    // top needs left and right; both need bottom; top also reached twice.
    const graph = graphOf('top->left,right', 'left->bottom', 'right->bottom', 'bottom');
    const result = blastRadius(graph, 'bottom');
    expect(paths(result)).toEqual(['left ← bottom', 'right ← bottom', 'top ← left ← bottom']);
  });

  it('prefers the direct edge over a longer path', () => {
    const graph = graphOf('a->b,c', 'b->c', 'c');
    expect(paths(blastRadius(graph, 'c'))).toEqual(['a ← c', 'b ← c']);
  });

  it('shows a cycle through the start and never loops', () => {
    // a needs b, b needs c, c needs a: a three-service cycle, plus d hanging off c.
    const graph = graphOf('a->b', 'b->c', 'c->a', 'd->c');
    const result = blastRadius(graph, 'c');
    expect(paths(result)).toEqual(['b ← c', 'd ← c', 'a ← b ← c']);
    expect(result.cycles).toEqual([['c', 'a', 'b', 'c']]);
  });

  it('handles two services that need each other', () => {
    const graph = graphOf('a->b', 'b->a');
    expect(blastRadius(graph, 'a')).toEqual({ reached: [{ id: 'b', depth: 1, path: ['b', 'a'] }], cycles: [['a', 'b', 'a']] });
  });

  it('ignores cycles that do not pass through the start', () => {
    const graph = graphOf('a->b', 'b->a', 'a2->a', 'x');
    const result = blastRadius(graph, 'x');
    expect(result).toEqual({ reached: [], cycles: [] });
    expect(blastRadius(graph, 'b').cycles).toEqual([['b', 'a', 'b']]);
  });

  it('walks upstream the same way', () => {
    const graph = graphOf('a->b', 'b->c', 'c');
    expect(paths(reach(graph, 'a', 'upstream'))).toEqual(['b ← a', 'c ← b ← a']);
  });

  it('reaches every one of 300 services in a chain with cross links and cycles, each once', () => {
    // s000 is the core; each service needs the one before it, every tenth also needs s000,
    // and s000 needs s299, closing a 300-service cycle.
    const ids = Array.from({ length: 300 }, (_, i) => `s${String(i).padStart(3, '0')}`);
    const graph = dependencyGraph(
      ids.map((id, i) => ({ id, dependsOn: i === 0 ? ['s299'] : i % 10 === 0 ? [ids[i - 1], 's000'] : [ids[i - 1]] })),
    );
    const result = blastRadius(graph, 's000');
    expect(result.reached).toHaveLength(299);
    expect(new Set(result.reached.map((r) => r.id)).size).toBe(299);
    // s010 depends on s000 directly; s015 is five steps on from s010.
    expect(result.reached.find((r) => r.id === 's010')?.depth).toBe(1);
    expect(result.reached.find((r) => r.id === 's015')?.path).toEqual(['s015', 's014', 's013', 's012', 's011', 's010', 's000']);
    expect(result.cycles).toEqual([['s000', 's299', 's298', 's297', 's296', 's295', 's294', 's293', 's292', 's291', 's290', 's000']]);
  });

  it('is the same whatever order the services are given in', () => {
    const lines = ['a->b', 'b->c', 'c->a', 'd->c,b', 'e->d'];
    const one = graphOf(...lines);
    const two = graphOf(...[...lines].reverse());
    expect(blastRadius(two, 'c')).toEqual(blastRadius(one, 'c'));
  });
});

describe('neighbourhood', () => {
  it('holds the service, its direct neighbours both ways and the edges among them', () => {
    const graph = graphOf('a->b', 'b->c', 'c', 'd->b,c', 'far->a');
    expect(neighbourhood(graph, 'b')).toEqual({ ids: ['a', 'b', 'c', 'd'], edges: [['a', 'b'], ['b', 'c'], ['d', 'b'], ['d', 'c']] });
  });
});
