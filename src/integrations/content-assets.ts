import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { contentDirectory, publicDirectory } from '../collections.ts';
import { checkContent, type CheckOptions, type CheckResult } from '../check/content-check.ts';
import { assetTypeProblem, publicFileProblem, svgProblems } from '../lib/safety/assets/content-assets.ts';
import { formatReport, type Finding } from '../lib/core/findings.ts';

/** Every file in a folder: the kind `typeProblem` rejects, else, for an SVG, what svgProblems finds. */
async function checkFolder(root: string, dir: string, typeProblem: (file: string) => string | undefined): Promise<Finding[]> {
  const folder = path.resolve(root, dir);
  const files = (await glob('**/*', { cwd: folder, dot: true, ignore: ['**/.DS_Store', '**/.gitkeep'] })).sort();
  const findings: Finding[] = [];
  for (const file of files) {
    const shown = path.relative(root, path.join(folder, file)).split(path.sep).join('/');
    const problem = typeProblem(file);
    if (problem) findings.push({ file: shown, line: 1, message: problem });
    else if (/\.svg$/i.test(file)) {
      for (const svg of svgProblems(await readFile(path.join(folder, file), 'utf8'))) findings.push({ file: shown, line: svg.line, message: `the SVG ${svg.message}` });
    }
  }
  return findings;
}

/**
 * Every file under content/ that is not a page or data file must be an image
 * of an allowed type, and every SVG must be safe to publish under the site's
 * origin (src/lib/safety/assets/content-assets.ts). `npm run check` reports the same.
 */
export function checkContentAssets(root = process.cwd(), contentDir = contentDirectory()): Promise<Finding[]> {
  return checkFolder(root, contentDir, assetTypeProblem);
}

/**
 * Every file under public/ is published as it is, at the site's own origin: only the kinds
 * publicFileProblem() allows, and every SVG held to the same rules as one beside a page.
 * (The output gate checks the built SVGs again; this names the file in public/ before anything is built.)
 */
export function checkPublicFiles(root = process.cwd(), publicDir = publicDirectory()): Promise<Finding[]> {
  return checkFolder(root, publicDir, publicFileProblem);
}

/** The files beside the pages and in public/, each problem under the folder it is in. */
async function checkFiles(root = process.cwd()): Promise<{ findings: Finding[]; folders: string[] }> {
  const content = await checkContentAssets(root);
  const published = await checkPublicFiles(root);
  return { findings: [...content, ...published], folders: [...(content.length ? ['content/'] : []), ...(published.length ? ['public/'] : [])] };
}

/**
 * Everything `npm run check` reports: each content entry and the files beside the pages. The dev server reports
 * the same; the build runs the two as its first two steps (content-check.ts, then contentAssets() below).
 */
export async function checkContentAndAssets(root = process.cwd(), options: CheckOptions = {}): Promise<CheckResult> {
  const { entries, findings } = await checkContent(root, contentDirectory(), options);
  return { entries, findings: [...findings, ...(await checkFiles(root)).findings] };
}

export function contentAssets(): AstroIntegration {
  return {
    name: 'ops-manual:content-assets',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const { findings, folders } = await checkFiles();
        if (findings.length === 0) return;
        const report = formatReport(findings);
        if (command !== 'build') {
          logger.error(report);
          return;
        }
        // Exit rather than throw, as the content check does: no stack trace under the report.
        logger.error(`Files under ${folders.join(' and ')} cannot be published, so the site was not built.\n${report}`);
        process.exit(1);
      },
    },
  };
}
