import { describe, expect, it } from 'vitest';
import { licenceWarnings } from '../../../../src/lib/services/warnings.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('licenceWarnings', () => {
  const licences = [
    { item: 'Sentry', renewalDate: day('2026-09-30') },
    { item: 'Logit.io', renewalDate: day('2026-10-01') },
    { item: 'No date yet' },
  ];

  it('warns from the day after the renewal date', () => {
    expect(licenceWarnings(licences, day('2026-09-30'))).toEqual([]);
    expect(licenceWarnings(licences, day('2026-10-01')).map((w) => w.text)).toEqual([
      'The licence for Sentry was due for renewal on 30 September 2026. Check it has been renewed and update the renewal date.',
    ]);
  });

  it('warns for every lapsed licence and never for one without a date', () => {
    expect(licenceWarnings(licences, day('2030-01-01'))).toHaveLength(2);
  });
});
