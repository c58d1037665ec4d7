import { describe, expect, it } from 'vitest';
import { failures, fieldName, formatFinding, formatReport } from '../../../../src/lib/core/findings.ts';

describe('findings', () => {
  it('names nested fields the way authors write them', () => {
    expect(fieldName(['sources', 0, 'url'])).toBe('sources[0].url');
    expect(fieldName(['owner'])).toBe('owner');
    expect(fieldName([])).toBe('');
  });
  it('formats file, line, field and message', () => {
    expect(formatFinding({ file: 'content/services/foo.mdx', line: 4, field: 'owner', message: 'is required: the team that runs the service' })).toBe(
      'content/services/foo.mdx:4: `owner` is required: the team that runs the service',
    );
  });
  it('reports every finding, sorted, with a count', () => {
    const report = formatReport([
      { file: 'content/b.md', line: 2, message: 'two' },
      { file: 'content/a.md', line: 9, message: 'one' },
      { file: 'content/a.md', line: 1, message: 'zero' },
    ]);
    expect(report.split('\n')).toEqual(['3 problems in 2 content files:', '  content/a.md:1: zero', '  content/a.md:9: one', '  content/b.md:2: two']);
  });
  it('reports warnings apart, after the problems', () => {
    const report = formatReport([
      { file: 'content/b.md', line: 2, message: 'answered done, but', severity: 'warning' },
      { file: 'content/a.md', line: 9, message: 'one' },
    ]);
    expect(report.split('\n')).toEqual(['1 problem in 1 content file:', '  content/a.md:9: one', '', '1 warning in 1 content file:', '  content/b.md:2: answered done, but']);
  });
});

describe('warnings', () => {
  const findings = [
    { file: 'content/a.md', line: 3, message: 'links to `http://x/` over http', severity: 'warning' as const },
    { file: 'content/a.md', line: 1, message: 'broken' },
  ];
  it('fail only when strict', () => {
    expect(failures(findings).map((f) => f.line)).toEqual([1]);
    expect(failures(findings, true).map((f) => f.line)).toEqual([3, 1]);
  });
  it('print after the problems, under their own count', () => {
    expect(formatReport(findings).split('\n')).toEqual([
      '1 problem in 1 content file:',
      '  content/a.md:1: broken',
      '',
      '1 warning in 1 content file:',
      '  content/a.md:3: links to `http://x/` over http',
    ]);
    expect(formatReport(findings, true).split('\n')[0]).toBe('2 problems in 1 content file:');
  });
});
