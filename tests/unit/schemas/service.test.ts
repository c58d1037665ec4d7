import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../../src/lib/content/frontmatter.ts';
import { serviceSchema, serviceShape } from '../../../src/schemas/service.ts';
import { runbookSchema } from '../../../src/schemas/runbook.ts';
import { guidanceSchema } from '../../../src/schemas/guidance.ts';

const TEMPLATE = 'templates/service.md';
const templateText = readFileSync(TEMPLATE, 'utf8');
const frontmatter = templateText.split('\n---')[0];
const minimal = { name: 'Find training', phase: 'beta', owner: 'team-a', lastReviewed: '2026-01-01', reviewIn: '6 months' };

function messagesOf(schema: z.ZodType, data: Record<string, unknown>) {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
const messages = (data: Record<string, unknown>) => messagesOf(serviceSchema, data);
const guidance = { title: 'A page', description: 'What it helps you do.', order: 1, owner: 'team-a', lastReviewed: '2026-01-01', reviewIn: '6 months' };

describe('the service manual template', () => {
  it('is valid against the schema', () => {
    const parsed = parseContentFile(templateText, false);
    expect(parsed.syntaxErrors).toEqual([]);
    const result = serviceSchema.safeParse(parsed.data);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has every field of the schema, at the top level or commented out', () => {
    for (const key of Object.keys(serviceShape)) {
      expect(frontmatter, key).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
    }
  });

  it('is plain Markdown: the body is empty and the hint for Other notes is a YAML comment', () => {
    // The template is .md, where an MDX comment such as {/* … */} would show on the page as text.
    expect(templateText.endsWith('\n---\n')).toBe(true);
    expect(templateText).not.toContain('{/*');
    expect(frontmatter).toMatch(/^# .*Other notes/m);
  });

  it('has a comment saying what to write on every field line', () => {
    // Parent keys (contacts:, support:, testing:) hold fields that each carry their own comment.
    const parents = ['contacts:', 'support:', 'testing:'];
    const fieldLines = frontmatter.split('\n').filter((line) => /^\s*[a-zA-Z]+:/.test(line) && !parents.includes(line.trim()));
    expect(fieldLines.length).toBeGreaterThan(40);
    expect(fieldLines.filter((line) => !/\s# \S/.test(line))).toEqual([]);
  });
});

describe('service schema', () => {
  it('needs only identity and review fields; everything else may be left blank', () => {
    expect(messages(minimal)).toEqual([]);
    expect(messages({ ...minimal, description: null, hosting: '', dashboards: null, contacts: null })).toEqual([]);
    const parsed = serviceSchema.parse({ ...minimal, dashboards: null });
    expect(parsed.dashboards).toEqual([]);
    expect(parsed).not.toHaveProperty('description');
  });

  it('lists the allowed phases for an unknown one', () => {
    expect(messages({ ...minimal, phase: 'production' })).toEqual([
      'phase: must be one of: discovery, alpha, beta, live, retiring, retired (found `production`).',
    ]);
  });

  it('names the field of a URL that is not https', () => {
    expect(messages({ ...minimal, dashboards: [{ kind: 'logs', tool: 'Kibana', url: 'http://kibana.example.org' }] })).toEqual([
      'dashboards.0.url: must start with https:// (found http:): the address of the dashboard',
    ]);
    expect(messages({ ...minimal, externalDependencies: [{ name: 'Notify', statusPage: { title: 'Status', url: 'status page' } }] })).toEqual([
      "externalDependencies.0.statusPage.url: must be a full web address starting https://: the address of the dependency's status page",
    ]);
  });

  it('needs a shared incident contact, never one person', () => {
    expect(messages({ ...minimal, contacts: { incidentContact: '#cpd-support' } })).toEqual([]);
    expect(messages({ ...minimal, contacts: { incidentContact: 'cpd-support@example.org' } })).toEqual([]);
    expect(messages({ ...minimal, contacts: { incidentContact: 'Jo Bloggs' } })[0]).toMatch(
      /^contacts.incidentContact: must be a shared channel such as #cpd-support or a team mailbox/,
    );
  });

  it('keeps descriptions to 50 words', () => {
    expect(messages({ ...minimal, description: Array(51).fill('word').join(' ') })[0]).toMatch(/^description: must be 50 words or fewer/);
  });

  it('suggests the field meant for a misspelt key, also inside sections', () => {
    expect(messages({ ...minimal, dependOn: [] })[0]).toContain('has an unknown field `dependOn`. Did you mean `dependsOn`?');
    expect(messages({ ...minimal, support: { onCal: 'No' } })[0]).toContain('Did you mean `onCall`?');
  });

  it('knows the severity levels and rota roles', () => {
    expect(messages({ ...minimal, severities: [{ level: 'P4', definition: 'x', responseTime: 'x', communication: 'x', updateFrequency: 'x' }] })[0]).toMatch(
      /^severities.0.level: must be one of: P1, P2, P3 \(found `P4`\)/,
    );
    expect(messages({ ...minimal, rota: [{ role: 'Support lead', coveredBy: 'Devs' }] })[0]).toContain('Did you mean `Support Lead`?');
  });

  it('credits sources in the same shape as guidance pages, and defaults to none', () => {
    const credit = { title: 'Manage CPD', publisher: 'DfE', licence: 'No licence stated' };
    expect(serviceSchema.parse(minimal).sources).toEqual([]);
    expect(serviceSchema.parse({ ...minimal, sources: [credit] }).sources).toEqual([credit]);
    expect(messages({ ...minimal, sources: [{ title: 'Manage CPD', publisher: 'DfE' }] })).toEqual(
      messagesOf(guidanceSchema, { ...guidance, sources: [{ title: 'Manage CPD', publisher: 'DfE' }] }),
    );
  });

  it('says why a phase is inferred, and is public unless marked internal', () => {
    expect(serviceSchema.parse({ ...minimal, phaseInferred: 'the source lists a production deployment' }).phaseInferred).toBe('the source lists a production deployment');
    expect(serviceSchema.parse({ ...minimal, phaseInferred: null }).phaseInferred).toBeUndefined();
    expect(serviceSchema.parse({ ...minimal, hosting: 'GOV.UK PaaS', hostingInferred: 'the failover section describes GOV.UK PaaS' }).hostingInferred).toBe('the failover section describes GOV.UK PaaS');
    expect(serviceSchema.parse({ ...minimal, hostingInferred: null }).hostingInferred).toBeUndefined();
    expect(serviceSchema.parse(minimal).visibility).toBe('public');
    expect(serviceSchema.parse({ ...minimal, visibility: 'internal' }).visibility).toBe('internal');
    expect(messages({ ...minimal, visibility: 'private' })).toEqual(['visibility: must be one of: public, internal (found `private`).']);
  });

  it('reads licence renewal dates as real dates', () => {
    expect(messages({ ...minimal, licences: [{ item: 'Sentry', renewalDate: '2026-02-30' }] })[0]).toMatch(/^licences.0.renewalDate: must be a real date/);
  });
});

describe('run book schema', () => {
  const runbook = { title: 'Rebuild the index', service: 'find', lastReviewed: '2026-01-01', reviewIn: '6 months' };
  it('needs a title and a service; when to use it and the test date may be blank', () => {
    expect(runbookSchema.safeParse({ ...runbook, whenToUse: null, lastTested: '' }).success).toBe(true);
    expect(runbookSchema.safeParse({ ...runbook, service: undefined }).error?.issues[0].message).toMatch(/^is required: the id of the service/);
  });
  it('credits sources in the same shape as guidance pages', () => {
    const credit = { title: 'Manage CPD', publisher: 'DfE', url: 'https://example.org/cpd', licence: 'No licence stated' };
    expect(runbookSchema.parse(runbook).sources).toEqual([]);
    expect(runbookSchema.parse({ ...runbook, sources: [credit] }).sources).toEqual([credit]);
    expect(runbookSchema.safeParse({ ...runbook, sources: [{ ...credit, licence: undefined }] }).error?.issues[0].message).toMatch(/^is required: the licence/);
  });
});
