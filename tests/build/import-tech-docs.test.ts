/**
 * `npm run import:tech-docs` on fixture tech-docs sites: the converted pages
 * pass the content check and build, every mapping is applied, nothing is
 * dropped without a report, and problems are reported with file and line.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { globSync } from 'tinyglobby';
import { checkContent } from '../../src/check/content-check.ts';
import { buildOnce, OUTPUT_ROOT, readPage, ROOT } from '../support/site.ts';

const SITE = 'tests/fixtures/tech-docs-site';
const PROBLEMS = 'tests/fixtures/tech-docs-problems';
const work = path.join(OUTPUT_ROOT, 'tech-docs-import');
const content = path.join(work, 'content');
const relativeContent = path.relative(ROOT, content);

function importSite(site: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/import-tech-docs.ts', site, '--today', '2026-01-15', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

rmSync(work, { recursive: true, force: true });
cpSync('tests/fixtures/tech-docs-target/content', content, { recursive: true });
const run = importSite(SITE, '--out', relativeContent);
const read = (file: string) => readFileSync(path.join(content, file), 'utf8');

describe('importing a tech-docs site', () => {
  it('succeeds and lists what it wrote', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const written = globSync('**/*', { cwd: content }).sort();
    expect(written).toEqual([
      'guidance/documentation/getting-started.md',
      'guidance/documentation/hidden.md',
      'guidance/documentation/index.md',
      'guidance/runbooks/index.md',
      'guidance/runbooks/restart.md',
      'guidance/team-manual/index.md',
      'guidance/team-manual/support.md',
      'teams/imported-pages-owner.yaml',
      'teams/ops-support.yaml',
      'teams/platform-docs.yaml',
    ]);
  });

  it('maps the frontmatter: title, weight, review dates, owner, hide_in_navigation, old_paths', () => {
    expect(read('guidance/documentation/getting-started.md')).toMatch(
      /^---\ntitle: Getting started\ndescription: Set up your machine before you change anything on the platform\.\norder: 10\nlastReviewed: 2025-08-15\nreviewIn: 3 months\nowner: platform-docs\noldPaths:\n {2}- \/getting-started\/\n {2}- \/documentation\/setup\/\n---\n/,
    );
    expect(read('guidance/team-manual/support.md')).toContain('owner: ops-support\n');
    expect(read('guidance/documentation/hidden.md')).toContain('hideInNavigation: true\n');
    expect(read('guidance/documentation/index.md')).toContain('order: 10\n');
    expect(read('teams/platform-docs.yaml')).toContain('contact: "#platform-docs on Slack"');
  });

  it('turns folder index pages into section pages and the home page into the home section', () => {
    expect(read('guidance/documentation/index.md')).toContain('title: Documentation\n');
    expect(read('guidance/team-manual/index.md')).toContain('title: Team manual\n');
  });

  it('removes the ERB title heading and page-contents partial, and inlines other partials', () => {
    const page = read('guidance/documentation/getting-started.md');
    expect(page).not.toContain('current_page');
    expect(page).not.toContain('page-contents');
    expect(page.replace(/```[\s\S]*?```/g, '')).not.toMatch(/^# /m);
    expect(page).toContain('**Never run these commands against production.**');
    expect(page).toContain('## Troubleshooting');
  });

  it('rewrites links between imported pages, keeping anchors, code and external links as written', () => {
    const page = read('guidance/documentation/getting-started.md');
    expect(page).toContain('[support arrangements](/guidance/team-manual/support/#out-of-hours)');
    expect(page).toContain('[documentation](/guidance/documentation/) or the [home page](/guidance/team-manual/)');
    expect(page).toContain('[hidden page](/guidance/documentation/hidden/)');
    expect(page).toContain('[restart]: /guidance/runbooks/restart/');
    expect(page).toContain('[Restart run book, as HTML](/guidance/runbooks/restart/)');
    expect(page).toContain('See [support arrangements](/guidance/team-manual/support/) if you are unsure.');
    expect(page).toContain('`[not a link](old.html)`');
    expect(page).toContain('# This is not a heading, and <%= this %> is not ERB to report.');
    expect(page).toContain('[GOV.UK Service Manual](https://www.gov.uk/service-manual)');
  });

  it('never drops text: every line of every source page is in the output, bar the title and contents lines', () => {
    const output = globSync('guidance/**/*.md', { cwd: content }).map(read).join('\n');
    for (const file of globSync('source/**/*.html.md{,.erb}', { cwd: SITE })) {
      const body = readFileSync(path.join(SITE, file), 'utf8').split(/^---$/m).slice(2).join('---');
      const words = body
        .split('\n')
        .filter((line) => line.trim() && !/current_page|page-contents|shared-warning|<%|\]\(|\]:|href=|^# /.test(line))
        .map((line) => line.trim());
      for (const line of words) expect(output, `${file}: ${line}`).toContain(line);
    }
    expect(output).toContain("The build number is **TODO (import): the old site computed this with ERB: `ENV['BUILD_NUMBER']`** on this page.");
  });

  it('reports what it could not convert, with file and line', () => {
    const report = run.stdout.slice(run.stdout.indexOf('Check these by hand'));
    const lines = report.split('\n').filter((line) => line.startsWith(`  ${SITE}/`)).map((line) => line.trim());
    expect(lines).toEqual([
      `${SITE}/source/documentation/getting-started.html.md.erb:1: \`description\` is missing: it was set to the first sentence, "Set up your machine before you change anything on the platform."; check it says what the page helps the reader do`,
      `${SITE}/source/documentation/getting-started.html.md.erb:6: \`owner_slack\` names #platform-docs, which no team in content/teams/ has as its contact: created teams/platform-docs.yaml; give it the team's real name`,
      `${SITE}/source/documentation/getting-started.html.md.erb:7: \`layout\` has no equivalent here, so it was not carried across: the site has one layout for guidance`,
      `${SITE}/source/documentation/getting-started.html.md.erb:8: \`old_paths\` \`/getting-started.html\` became \`/getting-started/\`: this site redirects folder-style addresses; add a host redirect for the .html address if readers still use it`,
      `${SITE}/source/documentation/getting-started.html.md.erb:41: has ERB \`<%= ENV['BUILD_NUMBER'] %>\` that cannot be converted: it became a TODO in the page; replace it with plain Markdown`,
      `${SITE}/source/documentation/getting-started.html.md.erb:43: has a second first-level heading \`Troubleshooting\`: it became a second-level heading, as a page has one H1`,
      `${SITE}/source/images/diagram.png:1: was not copied: no imported page links to it; if it is needed, copy it into public/ and link it`,
      `${SITE}/source/index.html.md.erb:1: \`description\` is missing: it was set to the first sentence, "This manual tells the platform team how to run its services."; check it says what the page helps the reader do`,
      `${SITE}/source/runbooks:1: has no index page: created guidance/runbooks/index.md with a placeholder introduction; write what the section covers`,
      `${SITE}/source/runbooks/restart.html.md:1: \`description\` is missing: it was set to the first sentence, "Restart the platform only when the on-call engineer agrees."; check it says what the page helps the reader do`,
      `${SITE}/source/runbooks/restart.html.md:1: \`last_reviewed_on\` is missing: \`lastReviewed\` was set to the import date, 2026-01-15; review the page and correct it`,
      `${SITE}/source/runbooks/restart.html.md:1: \`owner_slack\` is missing: \`owner\` was set to \`imported-pages-owner\`; give the page its real owning team (or pass --owner)`,
      `${SITE}/source/runbooks/restart.html.md:3: \`review_in\` \`every so often\` is not a plain duration such as "6 months": \`reviewIn\` was set to "6 months"`,
      `${SITE}/source/support.html.md:8: \`old_paths\` \`/support-hours.html\` became \`/support-hours/\`: this site redirects folder-style addresses; add a host redirect for the .html address if readers still use it`,
    ]);
  });

  it('refuses to overwrite existing files without --force, and writes nothing on a dry run', () => {
    const again = importSite(SITE, '--out', relativeContent);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('these files already exist, so nothing was written (use --force to overwrite)');
    const dry = importSite(SITE, '--out', path.join(relativeContent, '../dry-run'), '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Would write 7 guidance pages and 3 team files');
    expect(existsSync(path.join(work, 'dry-run'))).toBe(false);
  });

  it('rejects an --owner that is not a team', () => {
    const result = importSite(SITE, '--out', relativeContent, '--owner', 'nobody', '--dry-run');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('import:tech-docs: --owner nobody is not a team in');
  });
});

describe('the converted site', () => {
  it('passes the content check with no problems', async () => {
    const { entries, findings } = await checkContent(ROOT, relativeContent);
    expect(findings).toEqual([]);
    expect(entries.filter((entry) => entry.collection === 'guidance')).toHaveLength(7);
  });

  it('builds under a sub-path, with the imported pages, links and navigation', () => {
    const { outDir } = buildOnce({ name: 'tech-docs-built', content: relativeContent, base: '/manual/' });
    const page = readPage(outDir, 'guidance/documentation/getting-started/index.html');
    expect(page).toContain('<h1 class="govuk-heading-xl">Getting started</h1>');
    expect(page).toContain('href="/manual/guidance/team-manual/support/#out-of-hours"');
    expect(page).toContain('href="/manual/guidance/runbooks/restart/"');
    const section = readPage(outDir, 'guidance/documentation/index.html');
    expect(section).toContain('href="/manual/guidance/documentation/getting-started/"');
    expect(section).not.toContain('/guidance/documentation/hidden/');
    expect(readPage(outDir, 'guidance/documentation/hidden/index.html')).toContain('Rare cases');
    expect(readPage(outDir, 'guidance/index.html')).toMatch(/Team manual[\s\S]*Documentation[\s\S]*Runbooks/);
  });
});

describe('a site with problems', () => {
  const problems = importSite(PROBLEMS, '--out', path.join(relativeContent, '../problems'), '--dry-run');
  const lines = problems.stdout.split('\n').filter((line) => line.startsWith(`  ${PROBLEMS}/`)).map((line) => line.trim().slice(PROBLEMS.length + 1));

  it('exits 1 and says how many pages were not converted', () => {
    expect(problems.status).toBe(1);
    expect(problems.stderr).toContain('2 pages were not converted: fix the problems above and import again.');
  });
  it('reports each problem with file and line', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'source/guides/bad-yaml.html.md:1: was not converted: fix its frontmatter and import again',
        'source/guides/bad-yaml.html.md:2: has a `[` list that is never closed: close it on the same line, or write one item a line with `- `.',
        'source/guides/broken.html.md:4: `owner_slack` names @someone, which no team in content/teams/ has as its contact: created teams/someone.yaml; give it the team\'s real name',
        'source/guides/broken.html.md:5: `last_reviewed_on` `2025-13-45` is not a date written YYYY-MM-DD: `lastReviewed` was set to the import date; review the page and correct it',
        'source/guides/broken.html.md:6: `weight` `ten` is not a whole number, so `order` was set by the page\'s place in its folder',
        'source/guides/broken.html.md:7: `hide_in_navigation` `yes` is not true or false, so the page stays in the navigation',
        'source/guides/broken.html.md:8: `old_paths` `https://elsewhere.example.org/page.html` cannot be an address on this site, so it was left out of `oldPaths`; add a host redirect for it instead',
        'source/guides/broken.html.md:12: starts with the heading "A different heading", which is not its title "Broken things": the heading was removed and the title kept',
        'source/guides/broken.html.md:14: links to `missing.html`, which is not a page in the imported site: the link became text with a TODO in the page; point it at the right page',
        "source/guides/broken.html.md:16: links to the file `../images/architecture.png`, which is not in the site's source/ folder: the link became text with a TODO in the page; add the file to public/ and link it",
        'source/guides/broken.html.md:18: includes the partial `guides/not-there`, which was not found: paste its text in place of the line',
        "source/guides/broken.html.md:20: links to the file `/files/costs.xlsx`, which is not in the site's source/ folder: the link became text with a TODO in the page; add the file to public/ and link it",
        'source/guides/clash.html.md.erb:1: would be published at the same address as source/guides/Clash.html.md (/guidance/guides/clash/): it was not converted; rename one of them',
        'source/plain.html.erb:1: was not converted: only Markdown pages (*.html.md, *.html.md.erb) and their partials are imported; copy or recreate it by hand',
      ]),
    );
    expect(lines.filter((line) => line.startsWith('source/guides/broken.html.md:18:'))).toHaveLength(1);
  });
});
