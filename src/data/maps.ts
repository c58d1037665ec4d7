/**
 * Dependency maps drawn at build time by Graphviz (compiled to WebAssembly,
 * @viz-js/viz), post-processed into CSP-clean, accessible inline SVG.
 * One Graphviz instance per build.
 */
import { instance, type Viz } from '@viz-js/viz';
import { toDot, type MapGraph } from '../lib/graph/dot.ts';
import { pageSvg } from '../lib/graph/svg.ts';
import type { MapService } from '../lib/graph/maps.ts';
import { memoise } from './memoise.ts';
import { serviceViews } from './services.ts';

const graphviz = memoise((): Promise<Viz> => instance());

export async function drawMap(graph: MapGraph, title: string, titleId: string): Promise<string> {
  const viz = await graphviz();
  return pageSvg(viz.renderString(toDot(graph), { format: 'svg', engine: 'dot' }), title, titleId);
}

/** Every service as the map functions need it, by id. */
export const mapServices = memoise(async (): Promise<Map<string, MapService>> => {
  const views = await serviceViews();
  return new Map(
    views.map((view) => [
      view.entry.id,
      {
        id: view.entry.id,
        name: view.entry.data.name,
        example: view.entry.data.example,
        owner: view.entry.data.owner,
        ownerName: view.teamName,
        externalDependencies: view.entry.data.externalDependencies.map((d) => d.name),
      },
    ]),
  );
});
