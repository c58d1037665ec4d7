import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { contentDirectory } from '../collections.ts';
import { checkContent, type CheckOptions, type CheckResult } from '../check/content-check.ts';
import { assetTypeProblem, svgProblems } from '../lib/safety/assets/content-assets.ts';
import { formatReport, type Finding } from '../lib/core/findings.ts';

/**
 * Every file under content/ that is not a page or data file must be an image
 * of an allowed type, and every SVG must be safe to publish under the site's
 * origin (src/lib/safety/assets/content-assets.ts). `npm run check` reports the same.
 */
export async function checkContentAssets(root = process.cwd(), contentDir = contentDirectory()): Promise<Finding[]> {
  const folder = path.resolve(root, contentDir);
  const files = (await glob('**/*', { cwd: folder, dot: true, ignore: ['**/.DS_Store', '**/.gitkeep'] })).sort();
  const findings: Finding[] = [];
  for (const file of files) {
    const shown = path.relative(root, path.join(folder, file)).split(path.sep).join('/');
    const typeProblem = assetTypeProblem(file);
    if (typeProblem) findings.push({ file: shown, line: 1, message: typeProblem });
    else if (/\.svg$/i.test(file)) {
      for (const problem of svgProblems(await readFile(path.join(folder, file), 'utf8'))) findings.push({ file: shown, line: problem.line, message: `the SVG ${problem.message}` });
    }
  }
  return findings;
}

/**
 * Everything `npm run check` reports: each content entry and the files beside the pages. The dev server reports
 * the same; the build runs the two as its first two steps (content-check.ts, then contentAssets() below).
 */
export async function checkContentAndAssets(root = process.cwd(), options: CheckOptions = {}): Promise<CheckResult> {
  const { entries, findings } = await checkContent(root, contentDirectory(), options);
  return { entries, findings: [...findings, ...(await checkContentAssets(root))] };
}

export function contentAssets(): AstroIntegration {
  return {
    name: 'ops-manual:content-assets',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const findings = await checkContentAssets();
        if (findings.length === 0) return;
        const report = formatReport(findings);
        if (command !== 'build') {
          logger.error(report);
          return;
        }
        // Exit rather than throw, as the content check does: no stack trace under the report.
        logger.error(`Files under content/ cannot be published, so the site was not built.\n${report}`);
        process.exit(1);
      },
    },
  };
}
