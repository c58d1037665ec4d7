#!/usr/bin/env node
/**
 * The sanitiser's cost, rendering only: renders a 1,000-page guidance corpus
 * (scripts/bench/generate-guidance.ts, the generator `npm run bench` uses)
 * with the site's Sätteri plugins, with and without the sanitiser, as
 * Markdown, as Markdown with a raw HTML block on every page, and as MDX (the
 * same pages compiled as MDX). Prints the median CPU time of R rounds
 * (docs/content-safety.md).
 *
 *   npm run bench:sanitiser [-- --pages 1000] [--runs 5] [--seed 1]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { markdownToHtml, mdxToJs } from 'satteri';
import { globSync } from 'tinyglobby';
import { baseLinks } from '../src/lib/markdown/base-links.ts';
import { externalLinks } from '../src/lib/markdown/external-links.ts';
import { sanitiseContent } from '../src/lib/safety/sanitise/plugin.ts';
import { generateGuidance } from './bench/generate-guidance.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' } } });
const pageCount = Number(values.pages);
const runs = Number(values.runs);
if (!Number.isInteger(pageCount) || pageCount < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: node scripts/bench-sanitiser.mjs [--pages 1000] [--runs 5] [--seed 1]');
  process.exit(1);
}

// The page bodies, without their frontmatter (the site renders only the body).
const work = mkdtempSync(path.join(tmpdir(), 'ops-manual-sanitiser-'));
generateGuidance({ pages: pageCount, out: work, owner: 'bench-team', seed: values.seed });
const markdown = globSync('guidance/**/*.md', { cwd: work, absolute: true }).sort().map((file) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
rmSync(work, { recursive: true, force: true });
const cases = {
  Markdown: { render: markdownToHtml, pages: markdown },
  'Markdown with one raw HTML block each': { render: markdownToHtml, pages: markdown.map((page) => `${page}\n\n<div class="govuk-inset-text">Raw HTML</div>\n`) },
  MDX: { render: mdxToJs, pages: markdown },
};

async function cpuSeconds({ render, pages }, sanitise) {
  const before = process.cpuUsage();
  for (const page of pages) {
    const hastPlugins = [...(sanitise ? [sanitiseContent()] : []), baseLinks('/'), externalLinks()];
    await render(page, { hastPlugins, features: { gfm: true } });
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

console.log(`| ${values.pages} pages | Render without | With the sanitiser |\n| --- | ---: | ---: |`);
for (const [name, input] of Object.entries(cases)) {
  await cpuSeconds(input, true); // warm up
  const without = [];
  const withIt = [];
  for (let run = 0; run < runs; run++) {
    without.push(await cpuSeconds(input, false));
    withIt.push(await cpuSeconds(input, true));
  }
  console.log(`| ${name} | ${median(without).toFixed(2)} s | ${median(withIt).toFixed(2)} s |`);
}
