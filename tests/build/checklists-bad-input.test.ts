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
