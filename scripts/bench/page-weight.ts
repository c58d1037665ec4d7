/**
 * What each built page costs a reader: its HTML, the CSS it loads, and the
 * JavaScript it loads before the reader touches search, all gzipped.
 * Pagefind's own files load only on a search, through a dynamic import, so
 * they are not counted; static imports of the page's scripts are.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, type Budgets } from './budgets.ts';
import { startTags } from './html-tags.ts';

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  jsBeforeSearch: number;
}

const ORIGIN = 'http://site.invalid';
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+)["']/g;

/** Weighs each page (paths relative to `outDir`) of a site built under `base`. */
export function weighPages(outDir: string, pages: string[], base = '/'): PageWeight[] {
  const gzipped = new Map<string, number>();
  const size = (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSize(readFileSync(file)));
    return gzipped.get(file)!;
  };
  return pages.map((page) => {
    const html = readFileSync(path.join(outDir, page));
    const resolve = (url: string) => distFile(outDir, base, page, url);
    const text = html.toString('utf8');
    const stylesheets = startTags(text, 'link').filter((link) => relTokens(link.rel).includes('stylesheet') && link.href);
    const entryScripts = [
      ...startTags(text, 'script').flatMap((script) => (script.src ? [script.src] : [])),
      ...startTags(text, 'link').flatMap((link) => (relTokens(link.rel).includes('modulepreload') && link.href ? [link.href] : [])),
    ];
    const css = new Set(stylesheets.map((link) => resolve(link.href!)));
    const js = scriptGraph(entryScripts.map(resolve), (file, specifier) => distFile(outDir, base, path.relative(outDir, file), specifier));
    return {
      page,
      html: gzipSize(html),
      css: sum([...css].map(size)),
      jsBeforeSearch: sum([...js].map(size)),
    };
  });
}

export function gzipSize(content: Buffer | string): number {
  return gzipSync(content).length;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Every way the pages break the budgets, as sentences; empty when within budget. */
export function budgetProblems(weights: PageWeight[], budgets: Budgets = BUDGETS): string[] {
  const problems: string[] = [];
  const htmlMedian = median(weights.map((w) => w.html));
  if (htmlMedian > budgets.htmlMedian) problems.push(`median HTML is ${kB(htmlMedian)}, over the ${kB(budgets.htmlMedian)} budget`);
  for (const w of weights) {
    if (w.html > budgets.htmlMax) problems.push(`${w.page}: HTML is ${kB(w.html)}, over the ${kB(budgets.htmlMax)} budget for any page`);
    if (w.css > budgets.css) problems.push(`${w.page}: loads ${kB(w.css)} of CSS, over the ${kB(budgets.css)} budget`);
    if (w.jsBeforeSearch > budgets.jsBeforeSearch) {
      problems.push(`${w.page}: loads ${kB(w.jsBeforeSearch)} of JavaScript before search is used, over the ${kB(budgets.jsBeforeSearch)} budget`);
    }
  }
  return problems;
}

/** A plain-text table of page weights with a median row, for test output and the README. */
export function weightTable(weights: PageWeight[]): string {
  const header = ['Page', 'HTML gz', 'CSS gz', 'JS before search gz'];
  const rows = weights.map((w) => [w.page, kB(w.html), kB(w.css), kB(w.jsBeforeSearch)]);
  rows.push([`median of ${weights.length} pages`, kB(median(weights.map((w) => w.html))), kB(median(weights.map((w) => w.css))), kB(median(weights.map((w) => w.jsBeforeSearch)))]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function relTokens(rel: string | undefined): string[] {
  return (rel ?? '').toLowerCase().split(/\s+/);
}

/** The dist file a URL in `page` points to; a same-site URL with no file is an error, as a browser would get a 404. */
function distFile(outDir: string, base: string, page: string, url: string): string {
  const resolved = new URL(url, `${ORIGIN}${base}${page}`);
  if (resolved.origin !== ORIGIN) throw new Error(`${page} loads ${url} from another site; budgets only cover this site's files`);
  if (!resolved.pathname.startsWith(base)) throw new Error(`${page} loads ${url}, which is outside the base path ${base}`);
  const file = path.join(outDir, decodeURIComponent(resolved.pathname.slice(base.length)));
  if (!existsSync(file)) throw new Error(`${page} loads ${url}, which is not in the build`);
  return file;
}

/** The scripts and everything they import statically (dynamic import() loads later, on demand). */
function scriptGraph(entries: string[], resolve: (file: string, specifier: string) => string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (/^\.{0,2}\//.test(specifier!)) visit(resolve(file, specifier!));
    }
  };
  entries.forEach(visit);
  return seen;
}
