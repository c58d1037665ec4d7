/** Each kind of bad checklist input fails the build, naming the file, line and field, and saying what to write. */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/site.ts';

function build(fixture: string) {
  const folder = `tests/fixtures/${fixture}/content`;
  return { folder, ...buildSite({ name: fixture, content: folder }) };
}

describe('a checklist item whose guidance heading does not exist', () => {
  const { folder, status, output } = build('checklists-bad-anchor');
  it('fails, naming the item’s line and suggesting the heading meant', () => {
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${folder}/checklists/ready.yaml:19: \`items[1].guidance\` links to /guidance/support/#out-of-hour-support, but that page has no heading or element with the id \`out-of-hour-support\`. Did you mean \`#out-of-hours-support\`?`,
    );
  });
});

describe('a service answering a checklist that does not exist', () => {
  const { folder, status, output } = build('checklists-unknown-checklist');
  it('fails, naming the service file and line and suggesting the closest checklist', () => {
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${folder}/services/find-training.md:8: \`checklists.redy\` names the checklist \`redy\`, which is not in content/checklists/. Did you mean \`ready\`? Checklists: ready`,
    );
  });
});

describe('a service answering an item the checklist does not have', () => {
  const { folder, status, output } = build('checklists-unknown-item');
  it('fails, naming the service file and line, suggesting the closest item and listing the checklist’s items', () => {
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${folder}/services/find-training.md:11: \`checklists.ready.out-of-hour\` names the item \`out-of-hour\`, which is not in the checklist \`ready\` (${folder}/checklists/ready.yaml). Did you mean \`out-of-hours\`? Its items: support-rota, out-of-hours`,
    );
  });
});

describe('"not applicable" without a reason', () => {
  const { folder, status, output } = build('checklists-not-applicable-without-reason');
  it('fails, saying to add a reason', () => {
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${folder}/services/find-training.md:11: \`checklists.ready.out-of-hours.reason\` is required when \`status\` is not-applicable: add \`reason:\` saying why the item does not apply to this service`,
    );
  });
});

describe('an exception without an expiry date', () => {
  const { folder, status, output } = build('checklists-exception-without-expiry');
  it('fails, saying to add the date the exception ends', () => {
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${folder}/services/find-training.md:11: \`checklists.ready.support-rota.exception.expires\` is required: the date the exception ends, YYYY-MM-DD, such as 2027-03-31: after it the item blocks readiness again`,
    );
  });
});
