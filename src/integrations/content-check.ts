import type { AstroIntegration } from 'astro';
import { checkContent, checkContentForBuild } from '../check/content-check.ts';
import { formatReport, splitFindings } from '../lib/findings.ts';

/**
 * Runs the content check before Astro loads any content, so authors see every
 * problem at once, with file, line and what to write, and the build stops.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'ops-manual:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const { findings } = await (command === 'build' ? checkContentForBuild() : checkContent());
        const { errors, warnings } = splitFindings(findings);
        // Warnings never stop a build: a team may be part-way through.
        if (warnings.length > 0) logger.warn(formatReport(warnings));
        if (errors.length === 0) return;
        const report = formatReport(errors);
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
