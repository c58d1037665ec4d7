import { describe, expect, it } from 'vitest';
import { checkAliases, type AliasedService } from '../../../../src/lib/services/aliases.ts';

function service(id: string, name: string, aliases?: unknown[]): AliasedService {
  return { id, file: `content/services/${id}.mdx`, data: { name, aliases }, lineOf: (path) => (path[0] === 'aliases' ? 10 + Number(path[1]) : 1) };
}

describe('checkAliases', () => {
  it('accepts aliases that lead to one service', () => {
    expect(checkAliases([service('manage-cpd', 'Manage CPD', ['CPD', 'Teacher CPD']), service('find-training', 'Find training', ['FTT'])])).toEqual([]);
  });

  it('accepts services with no aliases', () => {
    expect(checkAliases([service('a', 'A'), service('b', 'B', [])])).toEqual([]);
  });

  it('names both files when two services share an alias, whatever the case', () => {
    const findings = checkAliases([service('manage-cpd', 'Manage CPD', ['CPD']), service('report-cpd', 'Report CPD', ['cpd'])]);
    expect(findings).toEqual([
      {
        file: 'content/services/manage-cpd.mdx',
        line: 10,
        field: 'aliases[0]',
        message: '`CPD` is also the alias of the service in content/services/report-cpd.mdx: an alias must lead to one service, so remove it from one of them',
      },
      {
        file: 'content/services/report-cpd.mdx',
        line: 10,
        field: 'aliases[0]',
        message: '`cpd` is also the alias of the service in content/services/manage-cpd.mdx: an alias must lead to one service, so remove it from one of them',
      },
    ]);
  });

  it('rejects an alias that is another service’s name or id', () => {
    const findings = checkAliases([service('manage-cpd', 'Manage CPD', ['Find training', 'report-cpd']), service('find-training', 'Find training'), service('report-cpd', 'Report')]);
    expect(findings.map((f) => `${f.field} ${f.message}`)).toEqual([
      'aliases[0] `Find training` is also the name of the service in content/services/find-training.mdx: an alias must lead to one service, so remove it from one of them',
      'aliases[1] `report-cpd` is also the id of the service in content/services/report-cpd.mdx: an alias must lead to one service, so remove it from one of them',
    ]);
  });

  it('rejects a repeated alias and one that is the service’s own name, at its line', () => {
    const findings = checkAliases([service('manage-cpd', 'Manage CPD', ['CPD', 'cpd', 'manage cpd'])]);
    expect(findings).toEqual([
      { file: 'content/services/manage-cpd.mdx', line: 11, field: 'aliases[1]', message: 'repeats `cpd`: list each other name once' },
      { file: 'content/services/manage-cpd.mdx', line: 12, field: 'aliases[2]', message: "`manage cpd` is already this service's name: list only other names" },
    ]);
  });
});
