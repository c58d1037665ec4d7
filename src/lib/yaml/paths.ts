/** Field paths of YAML nodes, from the ancestors `visit()` passes. */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';

type Ancestor = Node | Pair | { contents?: unknown };

/** ['severities', 0, 'communication'] for a node reached through these ancestors (and, for a value, its pair). */
export function pathOf(ancestors: readonly Ancestor[], node: unknown): PropertyKey[] {
  const path: PropertyKey[] = [];
  const chain = [...ancestors, node];
  for (let index = 0; index < chain.length - 1; index++) {
    const parent = chain[index];
    const child = chain[index + 1];
    if (isPair(parent) && child === parent.value) path.push(keyText(parent.key));
    else if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
    else if (isMap(parent) && isPair(child)) continue;
  }
  return path;
}

export function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}
