#!/usr/bin/env node
/**
 * The sanitiser's cost, rendering only: renders the shared 1,000-page corpus
 * (../shared/bench/gen-corpus.mjs, or OPS_MANUAL_BENCH_GENERATOR) with the
 * site's Sätteri plugins, with and without the sanitiser, as Markdown, as
 * Markdown with a raw HTML block on every page, and as MDX. Prints the median
 * CPU time of R rounds (README "Content safety").
 *
 *   node scripts/bench-sanitiser.mjs [--pages 1000] [--runs 5]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { markdownToHtml, mdxToJs } from 'satteri';
import { globSync } from 'tinyglobby';
import { baseLinks } from '../src/lib/base-links.ts';
import { externalLinks } from '../src/lib/external-links.ts';
import { sanitiseContent } from '../src/lib/sanitise/plugin.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const GENERATOR = path.resolve(process.env.OPS_MANUAL_BENCH_GENERATOR ?? path.join(ROOT, '../shared/bench/gen-corpus.mjs'));
const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' } } });

const work = mkdtempSync(path.join(tmpdir(), 'ops-manual-sanitiser-'));
function corpus(ext) {
  const out = path.join(work, ext);
  const made = spawnSync(process.execPath, [GENERATOR, '--pages', values.pages, '--out', out, '--ext', ext], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`gen-corpus.mjs failed (set OPS_MANUAL_BENCH_GENERATOR?):\n${made.stderr}`);
  return globSync(`**/*.${ext}`, { cwd: out, absolute: true }).sort().map((file) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
}
const markdown = corpus('md');
const cases = {
  Markdown: { render: markdownToHtml, pages: markdown },
  'Markdown with one raw HTML block each': { render: markdownToHtml, pages: markdown.map((page) => `${page}\n\n<div class="govuk-inset-text">Raw HTML</div>\n`) },
  MDX: { render: mdxToJs, pages: corpus('mdx') },
};
rmSync(work, { recursive: true, force: true });

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
  for (let run = 0; run < Number(values.runs); run++) {
    without.push(await cpuSeconds(input, false));
    withIt.push(await cpuSeconds(input, true));
  }
  console.log(`| ${name} | ${median(without).toFixed(2)} s | ${median(withIt).toFixed(2)} s |`);
}
