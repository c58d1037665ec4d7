/**
 * Readiness at scale: copies the real content, adds made-up services (300 by
 * default) across teams, each with answers to every checklist, builds the site
 * in tests/.output/bench-readiness/ and prints the build time and the gzipped
 * weight of the readiness, team and service pages against the page budget.
 *
 *   node scripts/bench-readiness.ts [--services 300] [--teams 30]
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { buildSite, OUTPUT_ROOT, ROOT } from '../tests/support/site.ts';

const { values } = parseArgs({ options: { services: { type: 'string', default: '300' }, teams: { type: 'string', default: '30' } } });
const serviceCount = Number(values.services);
const teamCount = Number(values.teams);
const work = path.join(OUTPUT_ROOT, 'bench-readiness-content');
const content = path.join(work, 'content');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(path.join(ROOT, 'content'), content, { recursive: true });

// A fixed pseudo-random sequence, so every run builds the same site.
let seed = 13;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const STATUSES = ['done', 'done', 'done', 'in-progress', 'not-started', 'not-applicable'];
const PHASES = ['alpha', 'beta', 'beta', 'live', 'live', 'live'];
const checklists = globSync('checklists/*.yaml', { cwd: content }).map((file) => ({
  id: path.basename(file, '.yaml'),
  items: (parse(readFileSync(path.join(content, file), 'utf8')) as { items: { id: string }[] }).items.map((item) => item.id),
}));

for (let t = 1; t <= teamCount; t += 1) {
  writeFileSync(path.join(content, `teams/bench-team-${t}.yaml`), `name: Bench team ${t}\ncontact: "#bench-team-${t}"\n`);
}
for (let s = 1; s <= serviceCount; s += 1) {
  const answers = checklists
    .filter(() => random() < 0.8)
    .map((checklist) => {
      const items = checklist.items.map((item) => {
        const status = STATUSES[Math.floor(random() * STATUSES.length)]!;
        return `    ${item}:\n      status: ${status}${status === 'not-applicable' ? '\n      reason: Made up for the benchmark' : status === 'done' ? '\n      date: 2026-10-01' : ''}`;
      });
      return `  ${checklist.id}:\n${items.join('\n')}`;
    });
  const severities = ['P1', 'P2', 'P3']
    .filter((_, i) => i === 0 || random() < 0.8)
    .map((level) => `  - level: ${level}\n    definition: Made up\n    responseTime: 1 hour\n    communication: Channel post\n    updateFrequency: Hourly`);
  writeFileSync(
    path.join(content, `services/bench-service-${s}.mdx`),
    `---\nname: Bench service ${s}\nexample: true\nphase: ${PHASES[s % PHASES.length]}\nowner: bench-team-${(s % teamCount) + 1}\nlastReviewed: 2026-06-01\nreviewIn: 6 months\n` +
      `contacts:\n  incidentContact: "#bench-${s}"\nseverities:\n${severities.join('\n')}\nrecoveryPointObjective: 1 hour\n` +
      `checklists:${answers.length ? `\n${answers.join('\n')}` : ''}\n---\n`,
  );
}

const started = performance.now();
const result = buildSite({ name: 'bench-readiness', content: path.relative(ROOT, content), env: { OPS_MANUAL_TODAY: '2026-12-01' } });
const seconds = (performance.now() - started) / 1000;
if (result.status !== 0) {
  console.error(result.output);
  process.exit(1);
}
const weigh = (page: string) => {
  const html = readFileSync(path.join(result.outDir, page));
  return `${(html.length / 1024).toFixed(1)} kB, ${(gzipSync(html, { level: 9 }).length / 1024).toFixed(1)} kB gzipped`;
};
const teamPages = globSync('teams/*/index.html', { cwd: result.outDir });
const heaviestTeam = teamPages
  .map((page) => ({ page, size: gzipSync(readFileSync(path.join(result.outDir, page)), { level: 9 }).length }))
  .sort((a, b) => b.size - a.size)[0]!;
console.log(`${serviceCount} services, ${teamCount} teams: built ${globSync('**/*.html', { cwd: result.outDir, ignore: ['pagefind/**'] }).length} pages in ${seconds.toFixed(1)} s`);
console.log(`  /readiness/            ${weigh('readiness/index.html')}`);
console.log(`  /teams/                ${weigh('teams/index.html')}`);
console.log(`  heaviest team page     ${weigh(heaviestTeam.page)} (${heaviestTeam.page})`);
console.log(`  a service page         ${weigh('services/bench-service-1/index.html')}`);
console.log('  budget: 14 kB gzipped per page at most');
