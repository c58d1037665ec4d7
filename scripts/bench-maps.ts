/**
 * `node scripts/bench-maps.ts [services=300] [teams=30]`: times the dependency
 * maps for a generated portfolio, as the build draws them (Graphviz via
 * @viz-js/viz): every service's neighbourhood, every team's map and the
 * portfolio map, and checks two runs give byte-identical SVG.
 */
import { performance } from 'node:perf_hooks';
import { instance } from '@viz-js/viz';
import { dependencyGraph } from '../src/lib/graph/dependency-graph.ts';
import { toDot, type MapGraph } from '../src/lib/graph/dot.ts';
import { drawable, neighbourhoodMap, ownerMap, ownersMap, type MapService } from '../src/lib/graph/maps.ts';
import { pageSvg } from '../src/lib/graph/svg.ts';

const count = Number(process.argv[2] ?? 300);
const teams = Number(process.argv[3] ?? 30);
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const id = (i: number) => `service-${String(i).padStart(3, '0')}`;
const services = new Map<string, MapService>();
const nodes = Array.from({ length: count }, (_, i) => {
  const dependsOn = new Set<string>();
  for (let j = 0, k = i === 0 ? 0 : 1 + Math.floor(random() * 3); j < k; j++) dependsOn.add(id(Math.floor(random() * i)));
  if (i % 50 === 0 && i > 0 && i + 10 < count) dependsOn.add(id(i + 10));
  const owner = `team-${i % teams}`;
  services.set(id(i), { id: id(i), name: `Service number ${i}`, example: false, owner, ownerName: `Team ${i % teams}`, externalDependencies: ['GOV.UK Notify'] });
  return { id: id(i), dependsOn: [...dependsOn] };
});
const graph = dependencyGraph(nodes);
const viz = await instance();
const draw = (map: MapGraph) => pageSvg(viz.renderString(toDot(map), { format: 'svg' }), 'Map', 'map-title');

function run(): { ms: Record<string, number>; bytes: Record<string, number>; output: string } {
  const ms: Record<string, number> = {};
  const bytes: Record<string, number> = {};
  const outputs: string[] = [];
  const time = (name: string, maps: MapGraph[]) => {
    const start = performance.now();
    const svgs = maps.filter(drawable).map(draw);
    bytes[`${name}: drawn`] = svgs.length;
    ms[name] = Math.round(performance.now() - start);
    bytes[`${name} (largest SVG)`] = Math.max(0, ...svgs.map((s) => s.length));
    outputs.push(...svgs);
  };
  time(`${count} neighbourhood maps`, graph.ids.map((service) => neighbourhoodMap(graph, services, service)));
  time(`${teams} team maps`, [...new Set([...services.values()].map((s) => s.owner))].map((owner) => ownerMap(graph, services, owner)));
  time('portfolio map by team', [ownersMap(graph, services)]);
  return { ms, bytes, output: outputs.join('\n') };
}

const first = run();
const second = run();
console.log(`${count} services, ${teams} teams, ${[...graph.upstream.values()].reduce((n, l) => n + l.length, 0)} dependencies`);
console.log('first run (ms):', first.ms);
console.log('second run (ms):', second.ms);
console.log('sizes (bytes):', first.bytes);
console.log(`byte-identical across runs: ${first.output === second.output}`);
