/**
 * Two builds of the same commit, in different folders with separate caches,
 * must be byte-identical, Pagefind's index included: a change that puts the
 * build time or anything random into the output fails here.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees, hashTree, isIdentical } from '../support/quality/tree-hash.ts';
import { buildOnce, EXAMPLE_CONTENT, ROOT } from '../support/site.ts';

describe('reproducible output', () => {
  it('gives byte-identical dist/ folders from two builds', () => {
    const sourcesBefore = sourcesFingerprint();
    const first = buildOnce({ name: 'quality-reproducible-1' });
    const second = buildOnce({ name: 'quality-reproducible-2' });
    // In a shared checkout someone may edit files between the builds; then a difference proves nothing.
    if (sourcesFingerprint() !== sourcesBefore) throw new Error('The sources changed while the two builds ran, so they cannot be compared: run this test again.');
    const difference = compareTrees(first.outDir, second.outDir);
    expect(difference, 'files that differ between two builds').toMatchObject({ onlyInFirst: [], onlyInSecond: [], changed: [] });
    expect(isIdentical(difference)).toBe(true);
    // The comparison covered the pages, the assets and Pagefind's index.
    const files = [...hashTree(first.outDir).keys()];
    expect(difference.compared).toBe(files.length);
    for (const folder of ['_astro/', 'pagefind/', 'guidance/']) expect(files.some((file) => file.startsWith(folder))).toBe(true);
  });

  it('fails two builds that differ, naming the files', () => {
    const broken = path.join(ROOT, 'tests/fixtures/quality-broken/unreproducible');
    const difference = compareTrees(path.join(broken, 'first'), path.join(broken, 'second'));
    expect(isIdentical(difference)).toBe(false);
    expect(difference).toEqual({ onlyInFirst: [], onlyInSecond: ['pagefind/', 'pagefind/pagefind-entry.json'], changed: ['index.html'], compared: 3 });
  });
});

/** One hash over everything a build reads: site code, content, public files, the config, and the commit (its date is the build's "today"). */
function sourcesFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }));
  for (const folder of ['src', EXAMPLE_CONTENT, 'public']) {
    for (const [file, digest] of hashTree(path.join(ROOT, folder))) hash.update(`${folder}/${file} ${digest}\n`);
  }
  for (const file of ['astro.config.mjs', 'package-lock.json']) hash.update(readFileSync(path.join(ROOT, file)));
  return hash.digest('hex');
}
