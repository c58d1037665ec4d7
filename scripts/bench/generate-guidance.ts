/**
 * Generates a synthetic operations-guidance corpus straight into a content
 * folder (`<content>/guidance/<section>/<page>.md`), with the fields the
 * guidance schema asks for. About 5 KiB and 750 words a page: headings, prose
 * with bold, emphasis and inline code, lists, tables, task lists, code blocks
 * and links to headings on other pages. Same arguments, same bytes.
 *
 *   node scripts/bench/generate-guidance.ts --pages 1000 --out <content folder> [--owner team-id] [--seed 1]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { capitalise, seeded, slugOf, type Random } from './random.ts';

const SECTIONS = [
  { id: 'on-call-and-incidents', title: 'On call and incidents', tags: ['incidents', 'on-call'] },
  { id: 'releasing-changes', title: 'Releasing changes', tags: ['releases', 'deployments'] },
  { id: 'observability', title: 'Observability', tags: ['monitoring', 'alerting'] },
  { id: 'data-and-backups', title: 'Data and backups', tags: ['databases', 'backups'] },
  { id: 'security-operations', title: 'Security operations', tags: ['security', 'access'] },
  { id: 'platform-and-network', title: 'Platform and network', tags: ['networking', 'platform'] },
] as const;

const ACTIONS = ['Renew', 'Restore', 'Resize', 'Patch', 'Move', 'Restart', 'Pause', 'Upgrade', 'Snapshot', 'Switch over', 'Retire', 'Set up', 'Review', 'Diagnose', 'Recover', 'Revert', 'Tune', 'Rebuild', 'Replace', 'Check', 'Archive', 'Limit', 'Quarantine', 'Expire', 'Test'];
const THINGS = ['signing keys', 'web certificates', 'database replicas', 'build runners', 'job queues', 'domain records', 'ingress rules', 'base images', 'API tokens', 'log storage', 'in-memory caches', 'nightly backups', 'network policies', 'machine identities', 'release pipelines', 'paging rules', 'block storage', 'database pools', 'timed jobs', 'stored secrets', 'search shards', 'request quotas', 'private links', 'file buckets', 'feature toggles', 'data migrations', 'readiness probes', 'support rotas', 'status updates', 'access logs'];
const SYSTEMS = ['claims service', 'payments gateway', 'case worker app', 'document store', 'identity broker', 'email sender', 'reporting database', 'public website', 'address finder', 'scheduler', 'upload scanner', 'events bus', 'analytics store', 'admin tool', 'partner API', 'metrics relay', 'webhook sender', 'ledger', 'content API', 'session cache'];
const PLACES = ['production', 'staging', 'the recovery region', 'the test environment', 'the shared platform'];
const TOPICS = ['before you begin', 'who should read this', 'look at the current state', 'get ready', 'make the change', 'check it worked', 'undo the change', 'ways it goes wrong', 'who to call', 'access you need', 'signs of trouble', 'gather evidence', 'tell your users', 'once it is over', 'tidy up', 'write it down', 'when to do it', 'what it depends on', 'mistakes people make', 'commands that help', 'watch while you work', 'when to stop', 'risks', 'try it in staging first', 'getting approval', 'handing over', 'what good looks like', 'planning for growth', 'what it costs', 'keeping it secure', 'where alerts go', 'dashboards', 'restoring data', 'checking the data', 'moving traffic away', 'keeping this page current', 'how often to review', 'further reading', 'background', 'limits', 'automating it', 'doing it by hand', 'targets', 'how long data is kept', 'asking for access', 'emergency access', 'first response', 'finding the cause', 'what we learned'];
const WHO = ['the on-call engineer', 'the release pipeline', 'the load balancer', 'the main database', 'the incident lead', 'the platform team', 'the service owner', 'the monitoring system', 'the job scheduler', 'the change approver', 'the support rota', 'the read replica', 'the health probe', 'the run book', 'the release lead', 'the security team', 'the autoscaler', 'the backup job', 'the alert rule', 'the help desk'];
const DOES = ['checks', 'restarts', 'drains', 'logs', 'escalates', 'confirms', 'renews', 'watches', 'reviews', 'updates', 'pauses', 'tests', 'tells', 'isolates', 'replays', 'limits', 'promotes', 'archives', 'compares', 'records'];
const WHAT = ['the error budget', 'the pool size', 'the failed jobs', 'the release log', 'the paging history', 'the replica delay', 'the certificate end date', 'the queue length', 'the access rules', 'the change record', 'the response time graph', 'the retention policy', 'the rollback plan', 'the service level objective', 'the incident channel', 'the audit trail', 'the capacity plan', 'the change window', 'the feature toggle', 'the free disk space', 'the status page', 'the shift notes', 'the run book link', 'the backup list'];
const WHEN = ['before the change window opens', 'during an incident', 'after each release', 'at the start of a shift', 'as soon as the alert fires', 'every quarter', 'before approving a change', 'if errors start to rise', 'while traffic is moved away', 'within 15 minutes', 'straight away', 'even without approval', 'in the incident channel', 'out of hours', 'in every region affected'];
const imperative = (verb: string) => verb.replace(/(ch|sh|x)es$/, '$1').replace(/s$/, '');
const OPENERS = ['Next,', 'Then', 'If that fails,', 'Most of the time', 'Normally', 'As a rule,', 'Where you can,', 'Never assume that', 'Bear in mind that', 'It is safer when', 'For critical services'];
const SNIPPETS = ['kubectl get pods -A', 'systemctl status app', 'pg_isready -h primary', 'terraform plan', '/var/log/app', 'MAX_CONNECTIONS', 'make release ENV=staging', 'journalctl -u app', 'curl -sf https://example.org/health', 'aws s3 ls', 'dig +short example.org', 'TIMEOUT_SECONDS', 'git log --oneline', 'redis-cli ping', 'df -h', 'vault status'];
const CODE = [
  ['sh', ['# look before you change anything', 'kubectl -n {ns} get deployment {svc}', 'kubectl -n {ns} rollout status deployment/{svc}', 'kubectl -n {ns} logs deployment/{svc} --since=10m | grep -ci error']],
  ['sh', ['set -eu', 'pg_dump --format=custom --file=/backups/{svc}.dump {ns}', 'ls -lh /backups | tail -3']],
  ['yaml', ['alert: {svc}-errors', 'expr: error_ratio > 0.05', 'for: 10m', 'labels:', '  severity: page', '  team: {ns}']],
  ['json', ['{', '  "service": "{svc}",', '  "timeoutSeconds": 3,', '  "retries": 3', '}']],
  ['text', ['10:15:02 ERROR {svc} connection refused (try 3 of 5)', '10:15:07 WARN  {svc} using the replica', '10:15:12 INFO  {svc} back after 10s']],
] as const;

interface Heading {
  level: 2 | 3;
  text: string;
  id: string;
}
interface PlannedPage {
  section: (typeof SECTIONS)[number];
  slug: string;
  title: string;
  order: number;
  headings: Heading[];
  system: string;
}

export interface GuidanceOptions {
  pages: number;
  /** The content folder: pages go in its guidance/ folder. */
  out: string;
  /** A team id from content/teams/. */
  owner: string;
  seed?: string;
}

/** Writes the corpus; returns the number of pages written. */
export function generateGuidance({ pages, out, owner, seed = '1' }: GuidanceOptions): number {
  const random = seeded(`guidance:${seed}`);
  const sections = SECTIONS.slice(0, Math.max(1, Math.min(SECTIONS.length, Math.floor(pages / 4))));
  const planned: PlannedPage[] = [];
  const plan = (section: (typeof SECTIONS)[number], slug: string, title: string, order: number) => {
    const headings = random.some(TOPICS, random.between(4, 10)).map((topic, index): Heading => ({
      level: index === 0 || random.chance(0.65) ? 2 : 3,
      text: capitalise(topic),
      id: slugOf(topic),
    }));
    planned.push({ section, slug, title, order, headings, system: random.one(SYSTEMS) });
  };
  for (const section of sections) plan(section, 'index', section.title, 0);
  const titles = new Set<string>();
  for (let i = 0; planned.length < pages; i++) {
    const section = sections[i % sections.length]!;
    let title = '';
    for (let attempt = 0; !title || titles.has(title); attempt++) {
      const [action, thing, system] = [random.one(ACTIONS), random.one(THINGS), random.one(SYSTEMS)];
      title = random.one([`${action} ${thing} for the ${system}`, `How to ${action.toLowerCase()} ${thing} in ${random.one(PLACES)}`, `${capitalise(thing)} on the ${system}`, `When ${thing} fail on the ${system}`]);
      if (attempt > 40) title += ` (${attempt})`;
    }
    titles.add(title);
    plan(section, slugOf(title), title, Math.floor(i / sections.length) + 1);
  }
  planned.forEach((page) => {
    const file = path.join(out, 'guidance', page.section.id, `${page.slug}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, render(page, planned, owner, random));
  });
  return planned.length;
}

function render(page: PlannedPage, all: PlannedPage[], owner: string, random: Random): string {
  const sentence = () => {
    const words: string[] = [];
    if (random.chance(0.3)) words.push(random.one(OPENERS));
    const who = random.one(WHO);
    words.push(words.length ? who : capitalise(who), random.one(DOES));
    const roll = random.next();
    const what = random.one(WHAT);
    words.push(roll < 0.12 ? `**${what}**` : roll < 0.22 ? `*${what}*` : roll < 0.32 ? `${what} with \`${random.one(SNIPPETS)}\`` : what);
    if (random.chance(0.6)) words.push(random.one(WHEN));
    if (random.chance(0.15)) words.push(`for the ${page.system}`);
    return `${words.join(' ')}.`;
  };
  const paragraph = (low = 3, high = 6) => Array.from({ length: random.between(low, high) }, sentence).join(' ');
  const step = () => capitalise(`${imperative(random.one(DOES))} ${random.one(WHAT)}${random.chance(0.4) ? ` ${random.one(WHEN)}` : ''}`);
  const bullets = () =>
    Array.from({ length: random.between(3, 6) }, () => [`- ${step()}`, ...(random.chance(0.3) ? Array.from({ length: random.between(2, 3) }, () => `  - ${step()}`) : [])].join('\n')).join('\n');
  const numbered = () => Array.from({ length: random.between(3, 7) }, (_, i) => `${i + 1}. ${step()}.`).join('\n');
  const tasks = () => Array.from({ length: random.between(3, 6) }, () => `- [${random.chance(0.4) ? 'x' : ' '}] ${step()}`).join('\n');
  const table = () => {
    const rows = Array.from({ length: random.between(3, 8) }, () => [capitalise(random.one(THINGS)), random.one(['page', 'ticket', 'note']), `${random.between(1, 95)}% for ${random.between(2, 30)} minutes`, capitalise(random.one(WHO).replace(/^the /, ''))]);
    return ['| Alert | Severity | Threshold | Owner |', '| --- | --- | --- | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
  };
  const code = () => {
    const [language, lines] = random.one(CODE);
    const body = lines.join('\n').replaceAll('{ns}', page.section.id.split('-')[0]!).replaceAll('{svc}', slugOf(page.system));
    return `\`\`\`${language}\n${body}\n\`\`\``;
  };
  const link = (target: PlannedPage) => {
    const heading = random.chance(0.4) ? random.one(target.headings) : undefined;
    const href = `/guidance/${target.section.id}/${target.slug === 'index' ? '' : `${target.slug}/`}${heading ? `#${heading.id}` : ''}`;
    return `[${target.title}${heading ? `: ${heading.text.toLowerCase()}` : ''}](${href})`;
  };

  const others = all.filter((other) => other !== page);
  const links = [...new Set(Array.from({ length: random.between(2, 5) }, () => random.one(others)))].map(link);
  const blocks: (() => string)[] = [bullets, numbered];
  if (random.chance(0.8)) blocks.push(table);
  if (random.chance(0.3)) blocks.push(tasks);
  if (random.chance(0.5)) blocks.push(code);
  const slots = page.headings.map((): string[] => []);
  for (const block of blocks) slots[random.between(0, slots.length - 1)]!.push(block());
  links.forEach((text, index) => slots[index % slots.length]!.push(`See also ${text}.`));

  const tags = [...new Set([...random.some(page.section.tags, random.between(1, 2)), ...random.some(['runbook', 'guidance', 'production', 'security', 'cost'], random.between(0, 2))])];
  const day = new Date(Date.UTC(2025, 0, 1) + random.between(0, 600) * 86_400_000).toISOString().slice(0, 10);
  const description = `${capitalise(imperative(random.one(DOES)))} ${random.one(WHAT)} for the ${page.system} ${random.one(WHEN)}.`;
  const lines = ['---', `title: ${JSON.stringify(page.title)}`, `description: ${JSON.stringify(description)}`, `order: ${page.order}`, `lastReviewed: ${day}`, `reviewIn: ${random.one(['3 months', '6 months', '12 months'])}`, `owner: ${owner}`, `tags: [${tags.join(', ')}]`, '---', '', paragraph(2, 4)];
  page.headings.forEach((heading, index) => {
    lines.push('', `${'#'.repeat(heading.level)} ${heading.text}`, '', paragraph());
    for (const block of slots[index]!) lines.push('', block);
    if (random.chance(0.4)) lines.push('', paragraph(2, 4));
  });
  if (page.slug === 'index') {
    const inSection = all.filter((other) => other.section === page.section && other.slug !== 'index').slice(0, 10);
    if (inSection.length) lines.push('', '## Pages in this section', '', inSection.map((other) => `- ${link(other)}`).join('\n'));
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { pages: { type: 'string' }, out: { type: 'string' }, owner: { type: 'string', default: 'bench-team' }, seed: { type: 'string', default: '1' } } });
  const pages = Number(values.pages);
  if (!values.out || !Number.isInteger(pages) || pages < 1) {
    console.error('usage: node scripts/bench/generate-guidance.ts --pages N --out <content folder> [--owner team-id] [--seed S]');
    process.exit(1);
  }
  console.log(`wrote ${generateGuidance({ pages, out: values.out, owner: values.owner!, seed: values.seed })} guidance pages to ${values.out}/guidance/`);
}
