/**
 * Rebuilds take unchanged pages from the last build (src/lib/build/page-cache.ts,
 * src/data/cache-key.ts) and their output is byte for byte that of a clean
 * build of the same content: after a change to a page's text (only the pages
 * that show it are rendered again), to a run book's text (its page and its
 * service's incident pack), to frontmatter every page can read (a title,
 * which the navigation and lists show), with nothing changed at all, and
 * after a page is removed (nothing of it is left in the output folder, which
 * the engine empties itself, leaving in place the pages taken again).
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareTrees } from '../support/quality/tree-hash.ts';
import { buildSite, DEPARTMENT_CONTENT, OUTPUT_ROOT, ROOT, type BuildResult } from '../support/site.ts';

const CONTENT = 'tests/.output/rebuild-content';

/** A rebuild with the last build's cache, and a clean build of the same content. */
function rebuildAndClean(): { rebuilt: BuildResult; clean: BuildResult; taken: number; rendered: number } {
  const rebuilt = buildSite({ name: 'rebuild', content: CONTENT, rebuild: true });
  expect(rebuilt.status, rebuilt.output).toBe(0);
  expect(rebuilt.output).not.toContain('[WARN]');
  const clean = buildSite({ name: 'rebuild-clean', content: CONTENT });
  expect(clean.status, clean.output).toBe(0);
  return { rebuilt, clean, ...pageCache(rebuilt.output) };
}

/** What the build log says the page cache did. */
function pageCache(output: string): { taken: number; rendered: number } {
  const [, taken, rendered] = /\b(\d+) pages? unchanged since the last build, taken from it; (\d+) pages? rendered and kept for the next/.exec(output) ?? [];
  return { taken: Number(taken), rendered: Number(rendered) };
}

function edit(file: string, change: (text: string) => string): void {
  const absolute = path.join(ROOT, CONTENT, file);
  const text = readFileSync(absolute, 'utf8');
  const changed = change(text);
  expect(changed, file).not.toBe(text);
  writeFileSync(absolute, changed);
}

describe('a rebuild', () => {
  let keyed = 0;
  beforeAll(() => {
    rmSync(path.join(ROOT, CONTENT), { recursive: true, force: true });
    rmSync(path.join(OUTPUT_ROOT, 'rebuild'), { recursive: true, force: true });
    cpSync(path.join(ROOT, DEPARTMENT_CONTENT), path.join(ROOT, CONTENT), { recursive: true });
    const first = buildSite({ name: 'rebuild', content: CONTENT, rebuild: true });
    expect(first.status, first.output).toBe(0);
    // A site without some kinds of content (this one has no Service Standard pages) builds without a warning.
    expect(first.output).not.toContain('[WARN]');
    const { taken, rendered } = pageCache(first.output);
    expect(taken, first.output).toBe(0);
    expect(rendered).toBeGreaterThan(10);
    keyed = rendered;
  }, 120_000);

  it('with nothing changed renders no page that has a cache key, and builds what a clean build does', () => {
    const { rebuilt, clean, taken, rendered } = rebuildAndClean();
    expect(compareTrees(rebuilt.outDir, clean.outDir), 'files that differ from a clean build').toMatchObject({ onlyInFirst: [], onlyInSecond: [], changed: [] });
    expect([taken, rendered]).toEqual([keyed, 0]);
  }, 240_000);

  it("after a change to a guidance page's text and a run book's, renders only the pages that show them", () => {
    edit('guidance/harbour-support/shift-handover.md', (text) => text.replace('A handover takes ten minutes and saves hours.', 'A handover takes ten minutes and saves hours of work.'));
    edit('runbooks/refresh-tide-tables.md', (text) => text.replace('note the error.', 'write down the error.'));
    const { rebuilt, clean, taken, rendered } = rebuildAndClean();
    expect(compareTrees(rebuilt.outDir, clean.outDir), 'files that differ from a clean build').toMatchObject({ onlyInFirst: [], onlyInSecond: [], changed: [] });
    // The guidance page; the run book's page and its service's incident pack.
    expect([taken, rendered]).toEqual([keyed - 3, 3]);
  }, 240_000);

  it('after a change to a title, which other pages show, renders every page again', () => {
    edit('guidance/harbour-support/shift-handover.md', (text) => text.replace('title: Hand over a shift', 'title: Hand over a shift safely'));
    const { rebuilt, clean, taken, rendered } = rebuildAndClean();
    expect(compareTrees(rebuilt.outDir, clean.outDir), 'files that differ from a clean build').toMatchObject({ onlyInFirst: [], onlyInSecond: [], changed: [] });
    expect([taken, rendered]).toEqual([0, keyed]);
  }, 240_000);

  it('after a page is removed, leaves nothing of it behind (the output folder is emptied but for pages taken again)', () => {
    const page = path.join(ROOT, CONTENT, 'guidance/harbour-support/night-cover.md');
    writeFileSync(page, '---\ntitle: Cover the night tides\ndescription: Who answers when a night tide window goes wrong.\norder: 3\nlastReviewed: 2026-10-05\nreviewIn: 6 months\nowner: harbour-digital\n---\n\nThe duty engineer answers until the morning handover.\n');
    const added = buildSite({ name: 'rebuild', content: CONTENT, rebuild: true });
    expect(added.status, added.output).toBe(0);
    expect(existsSync(path.join(added.outDir, 'guidance/harbour-support/night-cover/index.html'))).toBe(true);
    rmSync(page);
    const { rebuilt, clean } = rebuildAndClean();
    expect(compareTrees(rebuilt.outDir, clean.outDir), 'files and folders that differ from a clean build').toMatchObject({ onlyInFirst: [], onlyInSecond: [], changed: [] });
    expect(existsSync(path.join(rebuilt.outDir, 'guidance/harbour-support/night-cover'))).toBe(false);
  }, 240_000);
});
