/**
 * Page weight budgets (tests/support/quality/budgets.ts) on every built page,
 * with the table printed; and a generated over-budget site to prove the gate fails.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../support/quality/budgets.ts';
import { budgetProblems, weighPages, weightTable } from '../support/quality/page-weight.ts';
import { buildOnce, htmlPages, OUTPUT_ROOT } from '../support/site.ts';

describe.each(['/', '/ops-manual/'])('the site built under %s', (base) => {
  const { outDir } = buildOnce({ name: `quality-budgets${base.replace(/\//g, '-')}`.replace(/-$/, ''), base });
  const weights = weighPages(outDir, htmlPages(outDir), base);

  it('weighs every page', () => {
    console.log(`Page weights (gzip), base ${base}:\n${weightTable(weights)}`);
    expect(weights.length).toBe(htmlPages(outDir).length);
    // Every page loads the site's stylesheet, so a page with no CSS means the weighing missed it.
    expect(weights.every((w) => w.css > 0)).toBe(true);
  });

  it('keeps every page within budget', () => {
    expect(budgetProblems(weights)).toEqual([]);
  });

  it('loads JavaScript only where needed: Pagefind waits until search is used', () => {
    const search = weights.find((w) => w.page === 'search/index.html');
    expect(search?.jsBeforeSearch).toBeGreaterThan(0);
    expect(search!.jsBeforeSearch).toBeLessThan(BUDGETS.jsBeforeSearch);
  });
});

describe('a site over budget', () => {
  const outDir = path.join(OUTPUT_ROOT, 'quality-budget-overrun');
  rmSync(outDir, { recursive: true, force: true });
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), content);
  };
  const page = (head: string, body = '') => `<!DOCTYPE html><html lang="en"><head><title>x</title>${head}</head><body>${body}</body></html>`;
  write('index.html', page('', `<p>${noise(24_000)}</p>`));
  write('styled/index.html', page('<link rel="stylesheet" href="/_astro/heavy.css">'));
  write('_astro/heavy.css', `.x{content:"${noise(17_000)}"}`);
  write('scripted/index.html', page('<script type="module" src="/_astro/entry.js"></script>'));
  write('_astro/entry.js', `import{a}from"./chunk.js";a();document.onfocus=()=>import("./search.js");`);
  write('_astro/chunk.js', `export const a=()=>"${noise(4_000)}";`);
  write('_astro/search.js', `export default "${noise(40_000)}";`);
  const weights = weighPages(outDir, ['index.html', 'scripted/index.html', 'styled/index.html']);

  it('fails each page that breaks a budget, saying by how much', () => {
    const problems = budgetProblems(weights);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^index\.html: HTML is 1\d\.\d\d kB, over the 14\.00 kB budget for any page$/);
    expect(problems[1]).toMatch(/^scripted\/index\.html: loads 3\.\d\d kB of JavaScript before search is used, over the 3\.00 kB budget$/);
    expect(problems[2]).toMatch(/^styled\/index\.html: loads 1\d\.\d\d kB of CSS, over the 12\.00 kB budget$/);
  });

  it('fails a site whose median page is over budget', () => {
    expect(budgetProblems(weights.slice(0, 1))).toContainEqual(expect.stringMatching(/^median HTML is 1\d\.\d\d kB, over the 7\.00 kB budget$/));
  });

  it('counts static imports but not the import() that waits for search', () => {
    const scripted = weights.find((w) => w.page === 'scripted/index.html')!;
    expect(scripted.jsBeforeSearch).toBeGreaterThan(3_000);
    expect(scripted.jsBeforeSearch).toBeLessThan(10_000);
  });
});

/** Incompressible but repeatable text: base64 of a hash chain. */
function noise(length: number): string {
  let text = '';
  let block = 'seed';
  while (text.length < length) {
    block = createHash('sha256').update(block).digest('base64');
    text += block;
  }
  return text.slice(0, length);
}
