import type { AstroIntegration } from 'astro';
import { checkContent, checkContentForBuild } from '../check/content-check.ts';
import { formatReport } from '../lib/findings.ts';
import { decideBuildToday } from '../data/today.ts';

/**
 * Runs the content check before Astro loads any content, so authors see every
 * problem at once, with file, line and what to write, and the build stops.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'ops-manual:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // Decide "today" once, before any page renders: a bad OPS_MANUAL_TODAY stops here, not halfway through.
        try {
          decideBuildToday((message) => logger.warn(message));
        } catch (error) {
          logger.error((error as Error).message);
          if (command === 'build') process.exit(1);
        }
        const { findings } = await (command === 'build' ? checkContentForBuild() : checkContent());
        if (findings.length === 0) return;
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
