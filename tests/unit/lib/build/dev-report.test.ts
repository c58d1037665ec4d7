import { describe, expect, it } from 'vitest';
import { findingHtml, findingsPage, overlayPayload, plainLogMessage } from '../../../../src/lib/build/dev-report.ts';

const finding = { file: 'content/guidance/x.md', line: 7, field: 'owner', message: 'names `<editor>`, which is not in content/teams/.' };

describe('findingHtml', () => {
  it('escapes what the author wrote and shows backticks as code', () => {
    expect(findingHtml(finding)).toBe('content/guidance/x.md:7: <code>owner</code> names <code>&lt;editor&gt;</code>, which is not in content/teams/.');
  });
});

describe('findingsPage', () => {
  it('lists every finding in order and loads only the Vite client, as a file', () => {
    const page = findingsPage([{ file: 'content/b.md', line: 2, message: 'second' }, finding], '/ops-manual/@vite/client');
    expect(page).toContain('<h1>The content has 2 problems in 2 files</h1>');
    expect(page.indexOf('content/b.md:2')).toBeLessThan(page.indexOf('content/guidance/x.md:7'));
    expect(page).toContain('<script type="module" src="/ops-manual/@vite/client"></script>');
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toContain('<editor>');
  });
});

describe('overlayPayload', () => {
  it('is a Vite error whose message is escaped HTML and whose location is the first finding', () => {
    const payload = overlayPayload([finding], (file) => `/repo/${file}`);
    expect(payload.type).toBe('error');
    expect(payload.err.message).toBe(findingHtml(finding));
    expect(payload.err.loc).toEqual({ file: '/repo/content/guidance/x.md', line: 7, column: 1 });
    expect(payload.err.stack).toContain('  content/guidance/x.md:7: `owner` names `<editor>`');
  });
});

describe('plainLogMessage', () => {
  it("turns Astro's Markdown schema error into one plain line pointing at the check", () => {
    const astro = 'Failed to reload section/problem.md: **guidance → section/problem** data does not match collection schema.\n\n  **title**: must be text';
    expect(plainLogMessage(astro)).toBe('Failed to reload section/problem.md: guidance → section/problem does not match its schema: the content check lists each problem with its line.');
  });
  it('drops the asterisks of any other bold text and leaves plain messages alone', () => {
    expect(plainLogMessage('**Note** this')).toBe('Note this');
    expect(plainLogMessage('2 * 3 = 6')).toBe('2 * 3 = 6');
  });
});
