import type { AstroIntegration } from 'astro';
import { existsSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContentForBuild } from '../check/content-check.ts';
import { expectedPages } from '../check/route-table.ts';
import { incompleteBuild } from '../lib/build/completeness.ts';
import { SEARCH_INDEX_ENTRY } from '../lib/build/generated.ts';
import { failBuild } from './fail-build.ts';
import { indexAfterBuild } from './search-index.ts';

type Step = 'links';
const done = new Set<Step>();

/** Called by the steps this integration checks for, when they have passed. */
export function markBuildStep(step: Step): void {
  done.add(step);
}

/**
 * No green truncated builds. Runs last: checks that every page the content
 * and routes call for was written, the link check ran and the search index
 * exists. If the process ends before that (something called process.exit(0)
 * mid-build), the exit code becomes 1 with a message, so CI goes red.
 */
export function buildComplete(): AstroIntegration {
  let complete = false;
  return {
    name: 'ops-manual:build-complete',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        process.on('exit', (code) => {
          if (complete || code !== 0) return;
          // Synchronous: nothing asynchronous runs once the process is exiting.
          writeSync(2, '\nThe build stopped before it finished (something ended it early), so it failed: not every page, the link check and the search index were produced.\n');
          process.exitCode = 1;
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Under `ops-manual build` the index is made after this process, which checks it then.
        const indexLater = indexAfterBuild();
        const { entries } = await checkContentForBuild();
        const expected = await expectedPages(process.cwd(), entries);
        const problems = incompleteBuild({
          expected,
          exists: (file) => existsSync(path.join(outDir, file)),
          linksChecked: done.has('links'),
          searchIndex: indexLater ? undefined : SEARCH_INDEX_ENTRY,
        });
        if (problems.length) failBuild(logger, `The build is incomplete, so it failed:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
        complete = true;
        logger.info(indexLater ? `All ${expected.length} expected pages and the link check are there; the search index is next` : `All ${expected.length} expected pages, the link check and the search index are there`);
      },
    },
  };
}
