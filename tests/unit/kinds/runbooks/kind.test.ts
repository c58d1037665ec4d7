import { describe, expect, it } from 'vitest';
import { runbooks } from '../../../../src/kinds/runbooks/kind.ts';

describe('the runbooks kind', () => {
  it('lives under the service its `service` field names', () => {
    expect(runbooks.home).toMatchObject({ kind: 'services', field: 'service' });
    expect(runbooks.home!.path('pay', 'refund')).toBe('/services/pay/runbooks/refund/');
    expect(runbooks.prefix).toBeUndefined();
  });

  it('checks that its service exists', () => {
    expect(runbooks.references.map(({ field, to }) => [field, to])).toEqual([['service', 'services']]);
  });

  it('is filed in search under its service’s phase and marks', () => {
    const service = { id: 'pay', data: { phase: 'live', example: true } };
    expect(runbooks.search!.phases({} as never, service)).toEqual(['live']);
    expect(runbooks.search!.extra!({ id: 'refund', data: {} as never }, service).marks).toBeDefined();
  });
});
