import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkBuiltLinks } from '../check/built-links.ts';
import { checkContentForBuild } from '../check/content-check.ts';
import { formatReport, type Finding } from '../lib/core/findings.ts';
import type { PageLinkTargets } from '../lib/links/html-links.ts';
import { pagePathOf } from '../kinds/index.ts';
import { settings } from '../settings.ts';
import { markBuildStep } from './build-complete.ts';
import { failBuild } from './fail-build.ts';

/** The link check of each built site folder, started once (by the output gate, which runs alongside it). */
const started = new Map<string, Promise<Finding[]>>();

/**
 * Starts the link check of `outDir` if it has not started, and returns its
 * findings. `linksOf` gives the links and ids of the pages already read (see checkBuiltLinks).
 */
export function startLinkCheck(outDir: string, linksOf?: (builtFile: string) => PageLinkTargets | undefined): Promise<Finding[]> {
  let findings = started.get(outDir);
  if (!findings) {
    findings = findBrokenLinks(outDir, linksOf);
    // Reported by the link check's own step; until then a failure must not end the process on its own.
    findings.catch(() => {});
    started.set(outDir, findings);
  }
  return findings;
}

async function findBrokenLinks(outDir: string, linksOf?: (builtFile: string) => PageLinkTargets | undefined): Promise<Finding[]> {
  const root = process.cwd();
  const { entries } = await checkContentForBuild();
  const fileByPath = new Map(
    entries.flatMap((entry) => {
      const page = entry.data.draft === true ? undefined : pagePathOf(entry);
      return page ? [[page, entry.file] as const] : [];
    }),
  );
  return checkBuiltLinks({
    outDir,
    base: settings.base,
    siteUrl: settings.siteUrl,
    sourceOf: (pagePath) => {
      const file = fileByPath.get(pagePath);
      return file ? { file, text: readFileSync(path.join(root, file), 'utf8') } : undefined;
    },
    displayName: (file) => path.relative(root, path.join(outDir, file)).split(path.sep).join('/'),
    ...(linksOf ? { linksOf } : {}),
  });
}

/**
 * After the build, checks every link and #anchor in the built HTML under the
 * real base path, and fails the build on any broken one (never a warning).
 * Runs after the output gate (which starts it, so both read the pages at
 * once) and before Pagefind, so a broken site is not indexed.
 */
export function linkCheck(): AstroIntegration {
  return afterBuild('ops-manual:link-check', async (outDir, logger) => {
    const findings = await startLinkCheck(outDir);
    started.delete(outDir);
    if (findings.length > 0) failBuild(logger, `Links in the built site are broken, so the build failed.\n${formatReport(findings)}`);
    markBuildStep('links');
    logger.info('Every internal link and #anchor resolves');
  });
}
