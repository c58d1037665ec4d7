import type { AstroIntegration } from 'astro';
import { checkContent, checkContentForBuild } from '../check/content-check.ts';
import { formatReport } from '../lib/findings.ts';

/**
 * Runs the content check before Astro loads any content, so authors see every
 * problem at once, with file, line and what to write, and the build stops.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'ops-manual:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const started = performance.now();
        const { entries, findings } = await (command === 'build' ? checkContentForBuild() : checkContent());
        if (findings.length === 0) {
          if (command === 'build') logger.info(`Checked ${entries.length} files in ${Math.round(performance.now() - started)} ms`);
          return;
        }
        const report = formatReport(findings);
        if (command !== 'build') {
          logger.error(report);
          return;
        }
        // Exit rather than throw: a thrown error would bury the report under a stack trace.
        logger.error(`The content has problems, so the site was not built.\n${report}`);
        process.exit(1);
      },
    },
  };
}
