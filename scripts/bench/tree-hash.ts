/** Hashes every file under a folder so two builds can be compared byte for byte. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

export function hashTree(root: string): Map<string, string> {
  const files = globSync('**/*', { cwd: root, dot: true, onlyFiles: true }).sort();
  return new Map(files.map((file) => [file, createHash('sha256').update(readFileSync(path.join(root, file))).digest('hex')]));
}

export interface TreeDifference {
  onlyInFirst: string[];
  onlyInSecond: string[];
  changed: string[];
  /** How many files the two trees have in common, byte-identical or not. */
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
