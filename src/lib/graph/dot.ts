/**
 * Dependency maps as Graphviz DOT text, for the layout engine (@viz-js/viz:
 * see docs/incidents.md for why). Pure and deterministic: nodes,
 * groups and edges are written in sorted order, and every label is escaped,
 * so content can never change the graph's structure.
 */

export type MapNodeKind = 'current' | 'service' | 'example' | 'external';

export interface MapNode {
  id: string;
  label: string;
  kind: MapNodeKind;
  /** The group drawn as a box around its nodes, such as the owning team's name. */
  group?: string;
}

/** `from` needs `to`: the arrow points at what is depended on. */
export interface MapEdge {
  from: string;
  to: string;
  /** Shown on the edge, such as a count on the owners map. */
  label?: string;
}

export interface MapGraph {
  nodes: readonly MapNode[];
  edges: readonly MapEdge[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as spaces. */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

// Colours from the GOV.UK palette; presentation attributes in the SVG, never `style`.
const NODE_ATTRIBUTES: Record<MapNodeKind, string> = {
  current: 'style="filled,bold" fillcolor="#1d70b8" fontcolor="#ffffff" color="#0b0c0c"',
  service: 'style="filled" fillcolor="#ffffff" color="#0b0c0c"',
  example: 'style="filled,dashed" fillcolor="#fff7bf" color="#0b0c0c"',
  external: 'shape=ellipse style="filled" fillcolor="#f3f2f1" color="#505a5f"',
};

export function toDot(graph: MapGraph): string {
  const nodes = [...graph.nodes].sort((a, b) => byText(a.id, b.id));
  const node = (n: MapNode) => `    ${dotString(n.id)} [label=${dotString(n.kind === 'example' ? `${n.label} (example)` : n.label)} ${NODE_ATTRIBUTES[n.kind]}];`;
  const groups = [...new Set(nodes.flatMap((n) => (n.group ? [n.group] : [])))].sort(byText);
  const lines = [
    'digraph map {',
    '  graph [rankdir=LR fontname="Arial" fontsize=12 nodesep=0.25 ranksep=0.5 bgcolor="transparent"];',
    '  node [shape=box fontname="Arial" fontsize=12 margin="0.15,0.06" height=0.3];',
    '  edge [color="#505a5f" arrowsize=0.7 fontname="Arial" fontsize=10];',
    ...groups.flatMap((group, index) => [
      `  subgraph cluster_${index} {`,
      `    label=${dotString(group)} color="#b1b4b6" fontcolor="#0b0c0c";`,
      ...nodes.filter((n) => n.group === group).map(node),
      '  }',
    ]),
    ...nodes.filter((n) => !n.group).map(node),
    ...[...graph.edges]
      .sort((a, b) => byText(a.from, b.from) || byText(a.to, b.to))
      .map((e) => `  ${dotString(e.from)} -> ${dotString(e.to)}${e.label ? ` [label=${dotString(e.label)}]` : ''};`),
    '}',
  ];
  return lines.join('\n');
}
