/** Each kind of bad service manual input fails the build, naming the file, line, field and value, with what to write. */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/site.ts';

function build(fixture: string) {
  const folder = `tests/fixtures/${fixture}/content`;
  return { folder, ...buildSite({ name: fixture, content: folder }) };
}

describe('a service that depends on a service that does not exist', () => {
  const { folder, status, output } = build('services-dangling-depends-on');
  it('fails, naming the file, line and value, and suggesting the service meant', () => {
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${folder}/services/find-training.mdx:7: \`dependsOn\` names \`report-fundng\`, which is not in content/services/. Did you mean \`report-funding\`?`,
    );
  });
});

describe('a service owned by a team that does not exist', () => {
  const { folder, status, output } = build('services-dangling-owner');
  it('fails, naming the team and the known teams', () => {
    expect(status).not.toBe(0);
    expect(output).toContain(`${folder}/services/find-training.mdx:4: \`owner\` names \`team-b\`, which is not in content/teams/. Did you mean \`team-a\`? Known: team-a`);
  });
});

describe('run book references that do not resolve', () => {
  const { folder, status, output } = build('services-dangling-runbook');
  it('fails for a run book whose service does not exist', () => {
    expect(status).not.toBe(0);
    expect(output).toContain(`${folder}/runbooks/rebuild-index.mdx:3: \`service\` names \`find-trainin\`, which is not in content/services/. Did you mean \`find-training\`?`);
  });
  it('fails for a task naming a run book that does not exist', () => {
    expect(output).toContain(
      `${folder}/services/find-training.mdx:11: \`scheduledTasks[].runbook\` names \`rebuild-idnex\`, which is not in content/runbooks/. Did you mean \`rebuild-index\`?`,
    );
  });
});

describe('an unknown phase', () => {
  const { folder, status, output } = build('services-unknown-phase');
  it('fails and lists the allowed phases', () => {
    expect(status).not.toBe(0);
    expect(output).toContain(`${folder}/services/find-training.mdx:3: \`phase\` must be one of: discovery, alpha, beta, live, retiring, retired (found \`production\`).`);
  });
});

describe('operational addresses that are not https', () => {
  const { folder, status, output } = build('services-insecure-url');
  it('fails for an http dashboard, naming the field', () => {
    expect(status).not.toBe(0);
    expect(output).toContain(`${folder}/services/find-training.mdx:10: \`dashboards[0].url\` must start with https:// (found http:): the address of the dashboard`);
    // Once: the schema judges typed URLs; the safety lint no longer repeats it.
    expect(output.split(`${folder}/services/find-training.mdx:10:`)).toHaveLength(2);
  });
  it('fails for a status page that is not a web address, naming the field', () => {
    expect(output).toContain(
      `${folder}/services/find-training.mdx:15: \`externalDependencies[0].statusPage.url\` must be a full web address starting https://: the address of the dependency's status page`,
    );
  });
});
