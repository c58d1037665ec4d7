import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkBuiltLinks } from '../check/built-links.ts';
import { checkContentForBuild } from '../check/content-check.ts';
import { formatReport } from '../lib/core/findings.ts';
import { pagePathOf } from '../lib/routes/page-index.ts';
import { settings } from '../settings.ts';
import { markBuildStep } from './build-complete.ts';
import { failBuild } from './fail-build.ts';

/**
 * After the build, checks every link and #anchor in the built HTML under the
 * real base path, and fails the build on any broken one (never a warning).
 * Runs before Pagefind, so a broken site is not indexed.
 */
export function linkCheck(): AstroIntegration {
  return afterBuild('ops-manual:link-check', async (outDir, logger) => {
    const root = process.cwd();
    const { entries } = await checkContentForBuild();
    const fileByPath = new Map(
      entries.flatMap((entry) => {
        const page = entry.data.draft === true ? undefined : pagePathOf(entry);
        return page ? [[page, entry.file] as const] : [];
      }),
    );
    const findings = await checkBuiltLinks({
      outDir,
      base: settings.base,
      siteUrl: settings.siteUrl,
      sourceOf: (pagePath) => {
        const file = fileByPath.get(pagePath);
        return file ? { file, text: readFileSync(path.join(root, file), 'utf8') } : undefined;
      },
      displayName: (file) => path.relative(root, path.join(outDir, file)).split(path.sep).join('/'),
    });
    if (findings.length > 0) failBuild(logger, `Links in the built site are broken, so the build failed.\n${formatReport(findings)}`);
    markBuildStep('links');
    logger.info('Every internal link and #anchor resolves');
  });
}
