import type { AstroIntegrationLogger } from 'astro';

/**
 * Stops the build with a report and exit code 1. Exits rather than throws:
 * a thrown error would bury the report under a stack trace, and these are
 * problems in the content, not in the code.
 */
export function failBuild(logger: AstroIntegrationLogger, report: string): never {
  logger.error(report);
  process.exit(1);
}
