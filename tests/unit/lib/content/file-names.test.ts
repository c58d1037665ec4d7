import { describe, expect, it } from 'vitest';
import { fileNameProblem, suggestedId } from '../../../../src/lib/content/file-names.ts';

describe('fileNameProblem', () => {
  it('accepts lower-case letters, digits and hyphens, in folders too', () => {
    for (const name of ['incident-management.md', 'going-live/index.md', 'team-a.yaml', 'step-2.mdx']) expect(fileNameProblem(name)).toBeUndefined();
  });
  it('rejects capitals, spaces, #, ?, %, underscores and stray hyphens, suggesting a name', () => {
    expect(fileNameProblem('Incident-Response.md')).toBe(
      'has a file name that cannot be a page address: use lower-case letters, digits and hyphens only, such as incident-response.md',
    );
    for (const [name, suggestion] of [
      ['what#next.md', 'what-next.md'],
      ['why?.md', 'why.md'],
      ['50%-off.md', '50-off.md'],
      ['costs 2025.mdx', 'costs-2025.mdx'],
      ['on_call.yaml', 'on-call.yaml'],
      ['-draft.md', 'draft.md'],
      ['a--b.md', 'a-b.md'],
    ]) {
      expect(fileNameProblem(name)).toMatch(new RegExp(`such as ${suggestion.replace('.', '\\.')}$`));
    }
  });
  it('names a bad folder with the whole suggested path', () => {
    expect(fileNameProblem('Going Live/index.md')).toBe(
      'is in a folder whose name cannot be part of a page address: use lower-case letters, digits and hyphens only, such as going-live/index.md',
    );
  });
});

describe('suggestedId', () => {
  it('never suggests an empty name', () => {
    expect(suggestedId('###')).toBe('page');
  });
});
