/**
 * Federated sources end to end, without a network: a fixture site whose
 * content/sources.yaml lists two file:// git repositories made here, built
 * and checked as an author or CI would (issue 21).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitFiles, git, makeRepository } from '../../scripts/bench/federation-repos.ts';
import { buildSite, OUTPUT_ROOT, pageText, readPage, ROOT } from '../support/site.ts';
import { runScript } from '../support/check.ts';

const WORK = path.join(OUTPUT_ROOT, 'federation-work');
const SOURCES_CACHE = path.join(WORK, 'sources-cache');
const DATE = '2026-06-01T09:00:00Z';
const text = pageText;

const service = (id: string, name: string, extra = '', body = `The ${name} service.`) =>
  `---\nname: ${name}\ndescription: ${name} for the fixture.\nphase: live\nowner: editors\nlastReviewed: 2026-05-01\nreviewIn: 1 year\n${extra}---\n\n${body}\n`;
const runbook = (service: string, title: string, body = '1. Check the dashboard.') =>
  `---\ntitle: ${title}\nservice: ${service}\nwhenToUse: Something went wrong.\nlastReviewed: 2026-05-01\nreviewIn: 6 months\n---\n\n${body}\n`;

/** A site folder (content only) with one local service and the sources listed. */
function site(name: string, sources: { repository: string; path?: string }[]): string {
  const content = path.join(WORK, name, 'content');
  rmSync(path.dirname(content), { recursive: true, force: true });
  mkdirSync(path.join(content, 'teams'), { recursive: true });
  mkdirSync(path.join(content, 'services'), { recursive: true });
  writeFileSync(path.join(content, 'teams/editors.yaml'), 'name: Editors\ncontact: "#editors on Slack"\n');
  writeFileSync(path.join(content, 'services/local-desk.md'), service('local-desk', 'Local desk'));
  writeFileSync(path.join(content, 'sources.yaml'), sources.map((source) => `- repository: ${source.repository}\n  path: ${source.path ?? 'docs/manual'}\n`).join(''));
  return path.relative(ROOT, content);
}

let pay: string;
let permits: string;
let payCommit: string;

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  pay = makeRepository(
    path.join(WORK, 'repos/pay'),
    {
      'app/main.ts': 'export {};\n',
      'docs/manual/pay.md': service('pay', 'Pay', '', 'Takes payments.\n\n<div style="position:fixed">Payments are taken by card.</div>\n\n<p>Refunds take 5 days.</p><input name="card">'),
      'docs/manual/runbooks/refund-a-payment.md': runbook('pay', 'Refund a payment'),
    },
    DATE,
  );
  payCommit = git(path.join(WORK, 'repos/pay'), ['rev-parse', 'HEAD']).trim();
  permits = makeRepository(path.join(WORK, 'repos/permits'), { 'manual/apply-for-a-permit.md': service('apply-for-a-permit', 'Apply for a permit'), 'manual/runbooks/reissue-a-permit.md': runbook('apply-for-a-permit', 'Reissue a permit') }, DATE);
}, 60_000);

describe('a site listing two service repositories', () => {
  let content: string;
  let build: ReturnType<typeof buildSite>;
  beforeAll(() => {
    content = site('two', [{ repository: pay }, { repository: permits, path: 'manual' }]);
    build = buildSite({ name: 'federation-two', content, env: { OPS_MANUAL_SOURCES_CACHE: SOURCES_CACHE, OPS_MANUAL_TODAY: '2026-06-10' } });
  }, 300_000);

  it('fetches each source first, one line each, and builds', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain(`${pay} main → ${payCommit.slice(0, 7)} (docs/manual): fetched 2 files`);
    expect(build.output).toMatch(new RegExp(`${permits.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} main → [0-9a-f]{7} \\(manual\\): fetched 2 files`));
  });

  it('publishes their services and run books beside the local ones, with their source', () => {
    const manual = readPage(build.outDir, 'services/pay/index.html');
    const source = text(manual.slice(manual.indexOf('data-federated-source')));
    expect(source).toContain(`${pay.replace(/\/$/, '')}`);
    expect(source).toContain('docs/manual/pay.md');
    expect(source).toContain(payCommit.slice(0, 7));
    expect(source).toContain('1 June 2026');
    const steps = readPage(build.outDir, 'services/apply-for-a-permit/runbooks/reissue-a-permit/index.html');
    expect(text(steps)).toContain('manual/runbooks/reissue-a-permit.md');
    expect(readPage(build.outDir, 'services/local-desk/index.html')).not.toContain('data-federated-source');
    expect(text(readPage(build.outDir, 'services/index.html'))).toMatch(/Apply for a permit.*Local desk.*Pay/);
  });

  it('sanitises a federated manual as it does a local one', () => {
    const manual = readPage(build.outDir, 'services/pay/index.html');
    // The content check lets these through (they run no code); the sanitiser's allowlist drops them, as it does for local pages.
    expect(manual).toContain('Payments are taken by card.');
    expect(manual).toContain('Refunds take 5 days.');
    expect(manual).not.toContain('position:fixed');
    expect(manual).not.toContain('name="card"');
  });

  it('"Edit this page" opens the file in a GitHub repository', async () => {
    const { federatedEditUrl } = await import('../../src/lib/sources/site.ts');
    const source = { repository: 'https://github.com/example-org/pay.git', ref: 'main', commit: 'a'.repeat(40) } as never;
    expect(federatedEditUrl({ source, file: { repositoryPath: 'docs/manual/pay.md' } as never })).toBe('https://github.com/example-org/pay/edit/main/docs/manual/pay.md');
    expect(federatedEditUrl({ source: { ...(source as object), repository: 'https://gitlab.example.org/pay.git' } as never, file: { repositoryPath: 'x.md' } as never })).toBe('https://gitlab.example.org/pay');
  });

  it('a second build with nothing changed fetches nothing; an unreachable source with --keep-last-good builds from the last copy under a banner', () => {
    // permits moves away: it can no longer be fetched.
    renameSync(path.join(WORK, 'repos/permits'), path.join(WORK, 'repos/permits-moved'));
    try {
      const failed = buildSite({ name: 'federation-gone', content, env: { OPS_MANUAL_SOURCES_CACHE: SOURCES_CACHE } });
      expect(failed.status).toBe(1);
      expect(failed.output).toMatch(new RegExp(`sources\\.yaml:3: .*${permits.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} could not be fetched`));
      expect(failed.output).not.toMatch(/\n\s+at /); // no stack trace

      // The check takes the environment variable, the build the option (astro build passes it through).
      const checked = runScript('check', content, [], { OPS_MANUAL_SOURCES_CACHE: SOURCES_CACHE, OPS_MANUAL_KEEP_LAST_GOOD: '1' });
      expect(checked.status, checked.output).toBe(0);
      const copy = path.join(SOURCES_CACHE, readdirSync(SOURCES_CACHE).find((name) => name.startsWith('pay-'))!, payCommit);
      const before = statSync(copy).mtimeMs;
      const kept = buildSite({ name: 'federation-kept', content, args: ['--keep-last-good'], env: { OPS_MANUAL_SOURCES_CACHE: SOURCES_CACHE, OPS_MANUAL_TODAY: '2026-06-10' } });
      expect(kept.status, kept.output).toBe(0);
      expect(kept.output).toContain(`${pay} main → ${payCommit.slice(0, 7)} (docs/manual): cached`);
      expect(kept.output).toMatch(/could not be refreshed/);
      // The unchanged source was not fetched again: its copy is the one the first build made.
      expect(statSync(copy).mtimeMs).toBe(before);
      const banner = text(readPage(kept.outDir, 'services/apply-for-a-permit/runbooks/reissue-a-permit/index.html'));
      expect(banner).toMatch(new RegExp(`This page could not be refreshed from ${permits.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} since \\d+ \\w+ 2026: `));
      expect(text(readPage(kept.outDir, 'services/pay/index.html'))).not.toContain('could not be refreshed');
    } finally {
      renameSync(path.join(WORK, 'repos/permits-moved'), path.join(WORK, 'repos/permits'));
    }
  }, 300_000);
});

describe('errors in federated files', () => {
  it('name the repository, commit, file and line, in check and build alike', () => {
    const repository = path.join(WORK, 'repos/broken');
    const url = makeRepository(repository, { 'docs/manual/broken.md': service('broken', 'Broken', '', 'Broken.\n\n<script>alert("federated")</script>').replace('owner: editors\n', 'owner: nobody-here\n') }, DATE);
    const commit = git(repository, ['rev-parse', 'HEAD']).trim().slice(0, 7);
    const content = site('broken', [{ repository: url }]);
    const expected = [`${url}@${commit}:docs/manual/broken.md:5: \`owner\``, `${url}@${commit}:docs/manual/broken.md:12: contains a \`<script>\` tag`];
    const check = runScript('check', content, [], { OPS_MANUAL_SOURCES_CACHE: SOURCES_CACHE });
    expect(check.status).toBe(1);
    for (const message of expected) expect(check.output).toContain(message);
    const build = buildSite({ name: 'federation-broken', content, env: { OPS_MANUAL_SOURCES_CACHE: SOURCES_CACHE } });
    expect(build.status).toBe(1);
    for (const message of expected) expect(build.output).toContain(message);
    expect(existsSync(path.join(build.outDir, 'services/broken/index.html'))).toBe(false);
  }, 300_000);

  it('a service id used by two sources, or by a source and a local file, names both places', () => {
    const repository = path.join(WORK, 'repos/clash');
    const url = makeRepository(repository, { 'docs/manual/pay.md': service('pay', 'Pay again'), 'docs/manual/local-desk.md': service('local-desk', 'Local desk again') }, DATE);
    const commit = git(repository, ['rev-parse', 'HEAD']).trim().slice(0, 7);
    const content = site('clash', [{ repository: pay }, { repository: url }]);
    const check = runScript('check', content, [], { OPS_MANUAL_SOURCES_CACHE: SOURCES_CACHE });
    expect(check.status).toBe(1);
    expect(check.output).toContain(`${url}@${commit}:docs/manual/pay.md:1: service manual id \`pay\` is also used by ${pay}@${payCommit.slice(0, 7)}:docs/manual/pay.md`);
    expect(check.output).toContain(`${url}@${commit}:docs/manual/local-desk.md:1: service manual id \`local-desk\` is also used by ${content}/services/local-desk.md`);
  }, 120_000);
});

describe('a source that changed', () => {
  it('is fetched again (the cache is by commit)', () => {
    const repository = path.join(WORK, 'repos/permits');
    commitFiles(repository, { 'manual/runbooks/reissue-a-permit.md': runbook('apply-for-a-permit', 'Reissue a permit', '1. Check the new dashboard.') }, 'Change', '2026-06-02T09:00:00Z');
    const content = site('changed', [{ repository: permits, path: 'manual' }]);
    const check = runScript('check', content, [], { OPS_MANUAL_SOURCES_CACHE: SOURCES_CACHE });
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(/\(manual\): fetched 2 files/);
  }, 120_000);
});

describe('ops-manual check in a service repository', () => {
  /** Runs `ops-manual check docs/manual …` in the repository's folder, as its CI workflow does. */
  function check(repository: string, args: string[] = []) {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/ops-manual.mjs'), 'check', 'docs/manual', ...args], {
      cwd: repository,
      encoding: 'utf8',
      env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('OPS_MANUAL_'))),
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }
  const repository = path.join(WORK, 'repos/own-check');
  const servicesJson = path.join(WORK, 'services.json');

  beforeAll(() => {
    makeRepository(
      repository,
      {
        'docs/manual/pay.md': service('pay', 'Pay', 'dependsOn: [apply-for-a-permit]\n').replace('lastReviewed: 2026-05-01', 'lastReviewed: 2026-13-01'),
        'docs/manual/runbooks/refund-a-payment.md': runbook('pay', 'Refund a payment'),
      },
      DATE,
    );
    writeFileSync(servicesJson, JSON.stringify({ services: [{ id: 'apply-for-a-permit', data: { owner: 'editors' } }] }));
  });

  it('checks the files with the same rules and messages as the site', () => {
    const result = check(repository);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/docs\/manual\/pay\.md:6: `lastReviewed` must be a real date written YYYY-MM-DD/);
  });

  it('without --site, references it cannot settle are warnings; with --site, they are checked against services.json', () => {
    commitFiles(repository, { 'docs/manual/pay.md': service('pay', 'Pay', 'dependsOn: [apply-for-a-permit]\n') });
    const alone = check(repository);
    expect(alone.status, alone.output).toBe(0);
    expect(alone.output).toMatch(/docs\/manual\/pay\.md:\d+: `owner` names `editors`, which this folder cannot check: run the check with --site/);
    expect(alone.output).toMatch(/`dependsOn` names `apply-for-a-permit`, which this folder cannot check/);

    const known = check(repository, ['--site', servicesJson]);
    expect(known.status, known.output).toBe(0);
    expect(known.output).not.toContain('cannot check');

    commitFiles(repository, { 'docs/manual/pay.md': service('pay', 'Pay', 'dependsOn: [apply-for-a-permitt]\n') });
    const unknown = check(repository, ['--site', servicesJson]);
    expect(unknown.status).toBe(1);
    expect(unknown.output).toMatch(new RegExp(`docs/manual/pay\\.md:\\d+: \`dependsOn\` names \`apply-for-a-permitt\`, which ${servicesJson.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} does not list\\. Did you mean \`apply-for-a-permit\`\\?`));
  });

  it('says plainly when --site cannot be read', () => {
    const result = check(repository, ['--site', path.join(WORK, 'missing.json')]);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`--site ${path.join(WORK, 'missing.json')} could not be read: ENOENT`);
    expect(result.output).not.toMatch(/\n\s+at /);
  });
});
