/**
 * The one test of the real content/ (issue 20). It names no page, id or team,
 * so replacing content/ with any department's valid content keeps it green:
 * the content check passes, the build passes its gates (safety, links, every
 * page, search) with a clean log, and every page keeps within budget. The
 * engine's own tests build fixture sites (tests/fixtures/example-site and
 * tests/fixtures/department-site), never content/.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/check.ts';
import { budgetProblems, weighPages } from '../support/quality/page-weight.ts';
import { buildSite, htmlPages } from '../support/site.ts';

const CONTENT = 'content';

describe('the real content/', () => {
  const check = runScript('check', CONTENT);
  const { status, output, outDir } = buildSite({ name: 'reference-site', content: CONTENT });

  it('passes npm run check', () => {
    expect(check.status, check.output).toBe(0);
    expect(check.stdout).toMatch(/^Checked \d+ content entries in \d+ ms: no problems/m);
  });

  it('builds through every gate: every expected page, the link check and the search index', () => {
    expect(status, output).toBe(0);
    expect(output).toMatch(/\[ops-manual:build-complete\] All \d+ expected pages, the link check and the search index are there/);
  });

  it('builds with no [WARN] lines', () => {
    expect(output.split('\n').filter((line) => line.includes('[WARN]'))).toEqual([]);
  });

  it('keeps every page within budget', () => {
    const pages = htmlPages(outDir);
    expect(pages.length).toBeGreaterThan(0);
    expect(budgetProblems(weighPages(outDir, pages, '/'))).toEqual([]);
  });
});
