import { describe, expect, it } from 'vitest';
import { migrationFindings, pendingRewrites } from '../../../../src/lib/migrations/migrations.ts';

const manual = (body: string) => `---\nname: Pay harbour fees\n---\n${body}`;

describe('content migrations', () => {
  it('renames a service manual or run book written as MDX without MDX in it to .md, keeping its text', () => {
    const files = [
      { relative: 'services/pay-harbour-fees.mdx', text: manual('Report it in {#harbour-incidents}.\n') },
      { relative: 'runbooks/restart-the-gates.mdx', text: manual('1. Restart.\n') },
    ];
    expect(pendingRewrites(files).map(({ rewrite }) => [rewrite.from, rewrite.to, rewrite.text])).toEqual([
      ['services/pay-harbour-fees.mdx', 'services/pay-harbour-fees.md', files[0]!.text],
      ['runbooks/restart-the-gates.mdx', 'runbooks/restart-the-gates.md', files[1]!.text],
    ]);
  });

  it('leaves files that need MDX, files already in Markdown, and guidance alone', () => {
    expect(pendingRewrites([
      { relative: 'services/a.mdx', text: manual('<WarningText>Call the harbour master first.</WarningText>\n') },
      { relative: 'services/b.mdx', text: manual("import Thing from './thing.astro';\n") },
      { relative: 'services/c.md', text: manual('Plain.\n') },
      { relative: 'guidance/ops/d.mdx', text: manual('Plain.\n') },
    ])).toEqual([]);
  });

  it('gives the check a warning naming the file and the command to run', () => {
    const findings = migrationFindings([{ relative: 'services/pay-harbour-fees.mdx', text: manual('Plain.\n') }], (relative) => `content/${relative}`);
    expect(findings).toEqual([
      expect.objectContaining({ file: 'content/services/pay-harbour-fees.mdx', line: 1, severity: 'warning', message: expect.stringContaining('run `npx ops-manual migrate` to rename it to .md') }),
    ]);
  });
});
