import { describe, expect, it } from 'vitest';
import { federatedEditUrl, repositoryWebUrl } from '../../../../src/lib/sources/site.ts';
import type { FetchedSource, SourceFile } from '../../../../src/lib/sources/fetch.ts';

const file: SourceFile = { kind: 'runbook', id: 'resend-emails', file: 'runbooks/resend-emails.md', repositoryPath: 'docs/manual/runbooks/resend-emails.md', changed: '2026-11-01T00:00:00Z', changedFrom: 'commit' };
const source = (repository: string, ref = 'main') => ({ repository, ref, commit: '0123456789abcdef0123456789abcdef01234567' }) as FetchedSource;

describe('a federated page’s addresses', () => {
  it('edits a GitHub repository’s file on the listed ref, or at the commit when none was named', () => {
    expect(federatedEditUrl({ source: source('https://github.com/example-org/pay.git'), file })).toBe('https://github.com/example-org/pay/edit/main/docs/manual/runbooks/resend-emails.md');
    expect(federatedEditUrl({ source: source('https://github.com/example-org/pay', 'HEAD'), file })).toBe(
      'https://github.com/example-org/pay/edit/0123456789abcdef0123456789abcdef01234567/docs/manual/runbooks/resend-emails.md',
    );
  });

  it('links another https repository’s page, the same address its source line shows', () => {
    const repository = 'https://git.example.org/ops/pay.git/';
    expect(federatedEditUrl({ source: source(repository), file })).toBe('https://git.example.org/ops/pay');
    expect(repositoryWebUrl(repository)).toBe('https://git.example.org/ops/pay');
  });

  it('links nothing for addresses a reader cannot open safely (ssh, file, plain http)', () => {
    for (const repository of ['git@github.com:example-org/pay.git', 'file:///tmp/pay', 'http://git.example.org/pay.git']) {
      expect(repositoryWebUrl(repository), repository).toBeUndefined();
      expect(federatedEditUrl({ source: source(repository), file }), repository).toBeUndefined();
    }
  });
});
