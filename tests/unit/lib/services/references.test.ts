import { describe, expect, it } from 'vitest';
import { checkReferences, type CheckedEntry } from '../../../../src/lib/content/references.ts';
import { checkExampleDependencies, checkServiceIds } from '../../../../src/lib/services/references.ts';
import { referenceRules } from '../../../../src/kinds/index.ts';

function entry(collection: string, id: string, data: Record<string, unknown>): CheckedEntry {
  return { collection, id, file: `content/${collection}/${id}.mdx`, data, lineOf: (path) => path.length };
}

describe('service references', () => {
  const entries = [
    entry('services', 'find', { dependsOn: ['report', 'reprot'], scheduledTasks: [{ runbook: 'rebuild' }, { runbook: 'rebiuld' }], knownIssues: [{ runbook: 'gone' }] }),
    entry('services', 'report', { dependsOn: [] }),
    entry('runbooks', 'rebuild', { service: 'find' }),
    entry('runbooks', 'orphan', { service: 'fnd' }),
  ];
  const findings = checkReferences(entries, referenceRules);

  it('finds each dangling id with its field and a suggestion', () => {
    expect(findings.map((f) => `${f.file} ${f.field} ${f.message.split('.')[0]}`)).toEqual([
      'content/services/find.mdx dependsOn names `reprot`, which is not in content/services/',
      'content/services/find.mdx knownIssues[].runbook names `gone`, which is not in content/runbooks/',
      'content/services/find.mdx scheduledTasks[].runbook names `rebiuld`, which is not in content/runbooks/',
      'content/runbooks/orphan.mdx service names `fnd`, which is not in content/services/',
    ]);
    expect(findings[0].message).toContain('Did you mean `report`?');
    expect(findings[3].message).toContain('Did you mean `find`?');
  });

  it('points at the list item', () => {
    expect(findings[0].line).toBe(2);
    expect(findings[2].line).toBe(3);
  });
});

describe('checkServiceIds', () => {
  it('rejects ids too long to be Backstage entity names', () => {
    const findings = checkServiceIds([
      { id: 'a'.repeat(64), file: 'y.mdx' },
      { id: 'a'.repeat(63), file: 'z.mdx' },
    ]);
    expect(findings.map((f) => f.file)).toEqual(['y.mdx']);
    expect(findings[0].message).toBe('has a file name of 64 characters: Backstage allows 63, so shorten it');
  });
});

describe('checkSelfDependencies', () => {
  it('is an error for a service that depends on itself', async () => {
    const { checkSelfDependencies } = await import('../../../../src/lib/services/references.ts');
    const service = { id: 'a', file: 'content/services/a.mdx', data: { dependsOn: ['b', 'a'] }, lineOf: (path: readonly PropertyKey[]) => 10 + Number(path[1]) };
    expect(checkSelfDependencies([service])).toEqual([
      { file: 'content/services/a.mdx', line: 11, field: 'dependsOn', message: expect.stringMatching(/^names `a`, this service itself: a service cannot depend on itself/) },
    ]);
    expect(checkSelfDependencies([{ ...service, data: { dependsOn: ['b'] } }])).toEqual([]);
  });
});

describe('checkExampleDependencies: an example never puts a made-up dependant on a real service', () => {
  const services = [
    entry('services', 'real', { dependsOn: ['example-b'] }),
    entry('services', 'example-a', { example: true, dependsOn: ['example-b', 'real', 'missing'] }),
    entry('services', 'example-b', { example: true }),
  ];
  it('rejects an example depending on a real service, at its list item, and nothing else', () => {
    const findings = checkExampleDependencies(services);
    expect(findings.map((f) => [f.file, f.line, f.field])).toEqual([['content/services/example-a.mdx', 2, 'dependsOn[1]']]);
    expect(findings[0]!.message).toContain('names `real`, a real service');
  });
  it('allows examples that depend on examples, and real services that depend on examples (their own claim)', () => {
    expect(checkExampleDependencies(services.filter((s) => s.id !== 'example-a'))).toEqual([]);
  });
});
