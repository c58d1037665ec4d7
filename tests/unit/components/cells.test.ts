import { describe, expect, it } from 'vitest';
import { contact } from '../../../src/components/service/cells.ts';

describe('contact cells', () => {
  it('link a mailbox and leave a channel as text', () => {
    expect(contact('ops@example.gov.uk')).toEqual({ text: 'ops@example.gov.uk', href: 'mailto:ops@example.gov.uk' });
    expect(contact('#pay-incidents')).toEqual({ text: '#pay-incidents' });
  });
  it('answer at once on a hostile value (linear time)', () => {
    const value = `a@${'.'.repeat(20_000)} `;
    expect(contact(value)).toEqual({ text: value });
  });
});
