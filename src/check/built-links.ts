/**
 * The backstop: after the build, every internal link, asset and #anchor in
 * every built page must resolve under the real base path. It sees what the
 * source check cannot: links made by layouts, components and MDX expressions.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { Finding } from '../lib/core/findings.ts';
import { linkTargets, type PageLinkTargets } from '../lib/links/html-links.ts';
import { classifyLink, problemWithLink, type KnownPage } from '../lib/links/site-links.ts';
import { addressOfBuiltFile } from '../lib/build/completeness.ts';

export interface BuiltSite {
  /** The output folder. */
  outDir: string;
  base: string;
  siteUrl?: string;
  /** Source file for a page path, so findings can point at what the author wrote. */
  sourceOf: (pagePath: string) => { file: string; text: string } | undefined;
  /** How to name a built file in messages, such as dist/guidance/index.html. */
  displayName: (builtFile: string) => string;
  /** A built page's links and ids already read from its bytes as built (by the output gate as pages were rendered); others are read here. */
  linksOf?: (builtFile: string) => PageLinkTargets | undefined;
}

function lineOfLink(text: string, url: string, base: string): number | undefined {
  const unbased = url.startsWith(base) && base !== '/' ? url.slice(base.length - 1) : url;
  const index = text.split(/\r?\n/).findIndex((line) => line.includes(unbased) || line.includes(url));
  return index >= 0 ? index + 1 : undefined;
}

export async function checkBuiltLinks(site: BuiltSite): Promise<Finding[]> {
  const files = (await glob('**/*', { cwd: site.outDir, ignore: ['pagefind/**'] })).sort();
  const htmlFiles = files.filter((file) => file.endsWith('.html'));
  const read = new Map<string, PageLinkTargets>();
  for (const file of htmlFiles) read.set(file, site.linksOf?.(file) ?? linkTargets(await readFile(path.join(site.outDir, file), 'utf8')));

  const pages = new Map<string, KnownPage>();
  for (const file of files) pages.set(`/${file}`, {});
  for (const file of htmlFiles) pages.set(addressOfBuiltFile(file), { ids: new Set(read.get(file)!.ids) });
  const map = { pages, unknown: [] };

  const findings: Finding[] = [];
  for (const file of htmlFiles) {
    const from = addressOfBuiltFile(file);
    for (const url of read.get(file)!.urls) {
      const target = classifyLink(url, from, site.base, site.siteUrl);
      let problem: string | undefined;
      if (target.kind === 'outside-base') {
        problem = `links to ${url}, which is outside the site's base path ${site.base}: write the link in Markdown, or build it with withBase()`;
      } else if (target.kind === 'internal') {
        problem = problemWithLink(target.path, target.fragment, map, url);
      }
      if (!problem) continue;
      const source = site.sourceOf(from);
      const line = source ? lineOfLink(source.text, url, site.base) : undefined;
      findings.push(
        source && line
          ? { file: source.file, line, message: problem }
          : { file: site.displayName(file), line: 1, message: `${problem} (the link is made by a layout, component or MDX expression, not written in the content)` },
      );
    }
  }
  return findings;
}
