/**
 * Content restates its sources "in our own words" (every Sources box says so):
 * no content file or template repeats 12 or more consecutive words of a source
 * document. The documents are in ../shared/seeds beside the clone (CI has a copy
 * there); without that folder the test is skipped and says why.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { COPIED_RUN_WORDS, copiedRuns } from '../../src/lib/content/copied-runs.ts';
import { ROOT } from '../support/site.ts';

const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
const present = existsSync(SEEDS);

describe('content is in our own words', () => {
  it.skipIf(!present)(`repeats no run of ${COPIED_RUN_WORDS} or more words of a source document in ${SEEDS}`, () => {
    const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));
    expect(seeds.length).toBeGreaterThan(0);
    const sources = seeds.map((name) => readFileSync(path.join(SEEDS, name), 'utf8'));
    const files = globSync(['content/**/*.{md,mdx,yaml,yml}', 'templates/**/*.{md,mdx,yaml,yml}'], { cwd: ROOT });
    expect(files.length).toBeGreaterThan(10);
    const copied = files.flatMap((file) =>
      copiedRuns(readFileSync(path.join(ROOT, file), 'utf8'), sources).map((run) => `${file}:${run.line}: ${run.words} words copied: "${run.text}"`),
    );
    expect(copied).toEqual([]);
  });

  it.skipIf(present)(`skipped: the source documents are not at ${SEEDS} (CI keeps them in ../shared/seeds beside the clone)`, () => {});
});
