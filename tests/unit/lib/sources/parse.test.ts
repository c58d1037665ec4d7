import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../../../src/lib/core/findings.ts';
import { parseSources } from '../../../../src/lib/sources/parse.ts';

const lines = (text: string) => parseSources(text).findings.map(formatFinding);

describe('parseSources', () => {
  it('reads entries with their lines; ref is optional, a trailing / is dropped', () => {
    const { entries, findings } = parseSources(
      [
        '# Service repositories',
        '- repository: https://github.com/example-org/report-mentor-funding.git',
        '  ref: main',
        '  path: docs/manual/',
        '- repository: git@github.com:example-org/find-mentor-training.git',
        '  path: .',
        '- repository: file:///srv/git/claim.git',
        '  ref: 0123456789abcdef0123456789abcdef01234567',
        '  path: manual',
      ].join('\n'),
    );
    expect(findings).toEqual([]);
    expect(entries).toEqual([
      { repository: 'https://github.com/example-org/report-mentor-funding.git', ref: 'main', path: 'docs/manual', line: 2 },
      { repository: 'git@github.com:example-org/find-mentor-training.git', path: '.', line: 5 },
      { repository: 'file:///srv/git/claim.git', ref: '0123456789abcdef0123456789abcdef01234567', path: 'manual', line: 7 },
    ]);
  });

  it('lists no sources for an empty file or one with only comments', () => {
    expect(parseSources('')).toEqual({ entries: [], findings: [] });
    expect(parseSources('# none yet\n')).toEqual({ entries: [], findings: [] });
  });

  it('rejects a file that is not a list, saying what to write', () => {
    expect(lines('repository: https://github.com/a/b.git\npath: docs\n')).toEqual([
      'content/sources.yaml:1: must be a list of sources, each starting with `- repository:` and with its `path` on the next line, such as - repository: https://github.com/example-org/report-mentor-funding.git',
    ]);
  });

  it('names the line and field of an unknown key, a missing repository and a path with ..', () => {
    const found = lines(['- repository: https://github.com/a/b.git', '  path: docs', '  branch: main', '- path: ../other-service', '  ref: main'].join('\n'));
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^content\/sources\.yaml:3: `\[0\]` has an unknown field `branch`\. .*Allowed fields: repository, ref, path$/);
    expect(found[1]).toMatch(/^content\/sources\.yaml:4: `\[1\]\.repository` is required: the git address of the service repository, such as https:\/\//);
    expect(found[2]).toMatch(/^content\/sources\.yaml:4: `\[1\]\.path` must not contain `\.\.`: .*such as docs\/manual/);
  });

  it('requires a path', () => {
    expect(lines('- repository: https://github.com/a/b.git\n')).toEqual([expect.stringMatching(/^content\/sources\.yaml:1: `\[0\]\.path` is required: the folder in the repository/)]);
  });

  it('rejects the same repository and path listed twice, however the address is written', () => {
    const found = lines(
      ['- repository: https://github.com/a/b.git', '  path: docs/manual', '- repository: https://token@GitHub.com/a/b/', '  ref: v2', '  path: docs/manual/'].join('\n'),
    );
    expect(found).toEqual(['content/sources.yaml:3: `[1].repository` lists the same repository and path as line 1: each folder of manuals is listed once. Delete this entry, or change its `path`.']);
    // Another folder of the same repository is another source.
    expect(lines(['- repository: https://github.com/a/b.git', '  path: docs/manual', '- repository: https://github.com/a/b.git', '  path: docs/other'].join('\n'))).toEqual([]);
  });

  it('refuses values git would read as options or as a command to run', () => {
    const found = lines(
      [
        '- repository: --upload-pack=touch /tmp/owned',
        '  path: docs',
        '- repository: ext::sh -c touch% /tmp/owned',
        '  path: docs',
        '- repository: ext::ssh',
        '  path: docs',
        '- repository: https://github.com/a/b.git',
        '  ref: --output=/tmp/owned',
        '  path: docs',
        '- repository: https://github.com/a/c.git',
        '  path: /etc',
        '- repository: http://github.com/a/d.git',
        '  path: docs',
        '- repository: https://github.com/a/e.git',
        '  path: "docs/*"',
      ].join('\n'),
    );
    expect(found).toEqual([
      expect.stringMatching(/:1: `\[0\]\.repository` must not start with `-`, which git would read as an option/),
      expect.stringMatching(/:3: `\[1\]\.repository` must not contain spaces/),
      expect.stringMatching(/:5: `\[2\]\.repository` must be a plain git address, not a remote helper \(`ext::`\)/),
      expect.stringMatching(/:8: `\[3\]\.ref` must not start with `-`/),
      expect.stringMatching(/:11: `\[4\]\.path` must be a folder inside the repository, without a leading `\/`/),
      expect.stringMatching(/:12: `\[5\]\.repository` must start with https:\/\/ \(found http:\/\/, which is not encrypted\)/),
      expect.stringMatching(/:15: `\[6\]\.path` has a folder name `\*` that is not letters, digits/),
    ]);
  });

  it('explains broken YAML with its line, like every other content file', () => {
    const found = lines(['- repository: https://github.com/a/b.git', '  path: docs', '   ref: main'].join('\n'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^content\/sources\.yaml:3: is indented more than `path` on line 2/);
  });
});
