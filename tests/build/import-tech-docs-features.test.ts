/**
 * `npm run import:tech-docs` on a made-up site with every feature a real one
 * has: data/ files, current_page data, partials, images, and problems in its
 * source (a placeholder link, an http link, broken anchors, ERB that cannot
 * be converted). The result has no ERB, passes the check and builds; every
 * source problem is visible in the page as a TODO and listed with file:line.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content-check.ts';
import { buildOnce, OUTPUT_ROOT, readPage, ROOT } from '../support/site.ts';

const SITE = 'tests/fixtures/tech-docs-features';
const work = path.join(OUTPUT_ROOT, 'tech-docs-features-import');
const content = path.join(work, 'content');
const publicDir = path.join(work, 'public');

rmSync(work, { recursive: true, force: true });
cpSync('tests/fixtures/tech-docs-target/content', content, { recursive: true });
cpSync('public', publicDir, { recursive: true });
const run = spawnSync(process.execPath, ['scripts/import-tech-docs.ts', SITE, '--out', path.relative(ROOT, content), '--today', '2026-01-15'], { cwd: ROOT, encoding: 'utf8' });
const read = (file: string) => readFileSync(path.join(content, file), 'utf8');
const report = run.stdout
  .split('\n')
  .filter((line) => line.startsWith(`  ${SITE}/`))
  .map((line) => line.trim().slice(SITE.length + 1));

describe('importing a site with data files, images and source problems', () => {
  it('succeeds', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('resolves data.* from data/*.yml and *.json (nested folders too), and current_page.data.*', () => {
    const home = read('guidance/platform-handbook/index.md');
    expect(home).toContain('The Platform team looks after the platform. Ask in #platform\nor email platform-support@example.org.');
    expect(home).toContain('[digital tools](https://tools.example.org/) and the [status page](https://status.example.org/)');
    expect(read('guidance/guides/index.md')).toContain('Written by the Platform team.');
  });

  it('leaves no ERB in any page: what it cannot convert is a visible TODO, and a comment is removed', () => {
    for (const file of globSync('guidance/**/*.md', { cwd: content })) expect(read(file), file).not.toMatch(/<%|%>/);
    expect(read('guidance/platform-handbook/index.md')).toContain('This page was built in **TODO (import): the old site computed this with ERB: `Time.now.year`**.');
  });

  it('keeps source problems visible as text with a TODO: placeholder and http links, missing anchors', () => {
    const runbook = read('guidance/guides/runbook.md');
    expect(runbook).toContain('Read the deployment policy (**TODO (import): this was a placeholder link (`TBC`); link it to the right page**)');
    expect(runbook).toContain('an old article about deploys (**TODO (import): the old site linked to `http://blog.example.org/deploys` over http; find an https address**)');
    expect(runbook).toContain('See rollbacks (**TODO (import): the old site linked to the missing anchor `#rolling-back`**)');
    expect(runbook).toContain('jump down (**TODO (import): the old site linked to the missing anchor `#after-you-finish`**)');
    expect(read('guidance/guides/index.md')).toContain('[the runbook](/guidance/guides/runbook/#before-you-start)');
  });

  it('copies the images pages show into public/, with their alt text, and asks for alt text where there was none', () => {
    const runbook = read('guidance/guides/runbook.md');
    expect(runbook).toContain('![Diagram of the deployment pipeline, from a pull request to production](/images/pipeline.png)');
    expect(runbook).toContain('![](/images/unlabelled.png) (**TODO (import): describe this image in its alt text, between the square brackets**)');
    expect(readFileSync(path.join(publicDir, 'images/pipeline.png'))).toEqual(readFileSync(path.join(SITE, 'source/images/pipeline.png')));
    expect(existsSync(path.join(publicDir, 'images/unused.png'))).toBe(false);
  });

  it('replaces each likely secret with a visible placeholder, and never writes the secret', () => {
    const page = read('guidance/guides/monitoring.md');
    expect(page).toContain('Logit posts alerts to https://hooks.slack.com/services/T0PLATFRM/B0ALERTS1/SECRET_REMOVED_BY_IMPORT so the team sees them.');
    expect(page).toContain('$ export DATABASE_URL=postgres://admin:SECRET_REMOVED_BY_IMPORT@db.internal:5432/app');
    for (const file of globSync('**/*', { cwd: work })) {
      if (!/\.(md|ya?ml)$/.test(file)) continue;
      expect(readFileSync(path.join(work, file), 'utf8'), file).not.toMatch(/q7Zp2LmX9vR4tB8wK3nY6cHd|Zq8vN3mLp2Xr/);
    }
    expect(run.stdout + run.stderr).not.toMatch(/q7Zp2LmX9vR4tB8wK3nY6cHd|Zq8vN3mLp2Xr/);
  });

  it('publishes no PDF: the file stays behind and the link becomes a TODO', () => {
    expect(existsSync(path.join(publicDir, 'files/costs.pdf'))).toBe(false);
    expect(read('guidance/guides/monitoring.md')).toContain('Read the cost model (**TODO (import): the old site linked to the PDF `/files/costs.pdf`, which this site does not publish**) before you add a stack.');
  });

  it('lists every problem with the source file and line', () => {
    expect(report).toEqual([
      'source/files/costs.pdf:1: was not copied: this site does not publish PDFs (they can carry script, and are hard to read on a phone); make the document a page, or link to where it is published',
      "source/guides/index.html.md:6: `owner_slack` names #platform, which no team in content/teams/ has as its contact: created teams/platform.yaml; give it the team's real name",
      "source/guides/monitoring.html.md:11: contains a Slack webhook address with its secret part, which lets anyone post to the channel: it was replaced with `SECRET_REMOVED_BY_IMPORT` in guidance/guides/monitoring.md, so the page builds. The old site published it: rotate it (make a new one, revoke this one) and keep it in your secrets store",
      'source/guides/monitoring.html.md:13: links to the PDF `/files/costs.pdf`, which this site does not publish: the link became text with a TODO in the page; make the document a page, or link to where it is published',
      "source/guides/monitoring.html.md:16: has a password in a web address (`postgres://admin:****@db.internal:5432`): it was replaced with `SECRET_REMOVED_BY_IMPORT` in guidance/guides/monitoring.md, so the page builds. The old site published it: rotate it (make a new one, revoke this one) and keep it in your secrets store",
      'source/guides/runbook.html.md:11: has a placeholder link `TBC`: the link became text with a TODO in the page; link it to the right page',
      'source/guides/runbook.html.md:11: links to `http://blog.example.org/deploys` over http: the link became text with a TODO in the page; find an https address for it',
      'source/guides/runbook.html.md:15: has an image without alt text (`/images/unlabelled.png`): a TODO was added after it; describe what it shows between the square brackets',
      'source/guides/runbook.html.md:17: links to `/guidance/guides/#rolling-back`, but that page has no heading with the id `rolling-back`: the link became text with a TODO in the page; link to a heading that exists',
      'source/guides/runbook.html.md:17: links to `#after-you-finish`, but that page has no heading with the id `after-you-finish`: the link became text with a TODO in the page; link to a heading that exists',
      'source/images/unused.png:1: was not copied: no imported page links to it; if it is needed, copy it into public/ and link it',
      'source/index.html.md.erb:12: has an ERB comment `<%# A comment readers never saw. %>`: it was removed (readers never saw it)',
      'source/index.html.md.erb:19: has ERB `<%= Time.now.year %>` that cannot be converted: it became a TODO in the page; replace it with plain Markdown',
    ]);
  });
});

describe('the imported site', () => {
  const env = { OPS_MANUAL_PUBLIC: publicDir };
  it('passes the content check', async () => {
    process.env.OPS_MANUAL_PUBLIC = publicDir;
    try {
      const { findings, entries } = await checkContent(ROOT, path.relative(ROOT, content));
      expect(findings).toEqual([]);
      expect(entries.filter((e) => e.collection === 'guidance')).toHaveLength(4);
    } finally {
      delete process.env.OPS_MANUAL_PUBLIC;
    }
  });
  it('builds, with the image and the TODOs in the published page', () => {
    const { outDir } = buildOnce({ name: 'tech-docs-features-built', content: path.relative(ROOT, content), env });
    const page = readPage(outDir, 'guidance/guides/runbook/index.html');
    expect(page).toContain('alt="Diagram of the deployment pipeline, from a pull request to production"');
    expect(page).toContain('TODO (import): this was a placeholder link');
    expect(existsSync(path.join(outDir, 'images/pipeline.png'))).toBe(true);
  });
});
