import { describe, expect, it } from 'vitest';
import { usedBy } from '../../../../src/lib/services/graph.ts';

describe('usedBy', () => {
  it('reverses dependsOn, including services that depend on each other', () => {
    const result = usedBy([
      { id: 'cpd', dependsOn: [] },
      { id: 'find', dependsOn: ['cpd', 'report'] },
      { id: 'report', dependsOn: ['find', 'cpd'] },
    ]);
    expect(result.get('cpd')).toEqual(['find', 'report']);
    expect(result.get('find')).toEqual(['report']);
    expect(result.get('report')).toEqual(['find']);
  });

  it('ignores unknown ids, repeats and a service naming itself', () => {
    const result = usedBy([
      { id: 'a', dependsOn: ['missing', 'b', 'b', 'a'] },
      { id: 'b', dependsOn: [] },
    ]);
    expect(result.get('b')).toEqual(['a']);
    expect(result.get('a')).toEqual([]);
    expect(result.has('missing')).toBe(false);
  });
});
