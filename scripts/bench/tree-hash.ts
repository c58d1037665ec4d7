/** Hashes every file under a folder so two builds can be compared byte for byte, folders included. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

/** Every file under `root` with the SHA-256 of its bytes, and every folder (named with a trailing `/`), so an empty folder left behind counts too. */
export function hashTree(root: string): Map<string, string> {
  const entries = globSync('**/*', { cwd: root, dot: true, onlyFiles: false }).sort();
  return new Map(entries.map((entry) => [entry, entry.endsWith('/') ? 'folder' : createHash('sha256').update(readFileSync(path.join(root, entry))).digest('hex')]));
}

export interface TreeDifference {
  onlyInFirst: string[];
  onlyInSecond: string[];
  changed: string[];
  /** How many files and folders the two trees have in common, byte-identical or not. */
  compared: number;
}

export function compareTrees(first: string, second: string): TreeDifference {
  const a = hashTree(first);
  const b = hashTree(second);
  const common = [...a.keys()].filter((file) => b.has(file));
  return {
    onlyInFirst: [...a.keys()].filter((file) => !b.has(file)),
    onlyInSecond: [...b.keys()].filter((file) => !a.has(file)),
    changed: common.filter((file) => a.get(file) !== b.get(file)),
    compared: common.length,
  };
}

export function isIdentical(difference: TreeDifference): boolean {
  return difference.onlyInFirst.length + difference.onlyInSecond.length + difference.changed.length === 0;
}
