import { describe, expect, it } from 'vitest';
import { licenceUrl } from '../../../../src/lib/content/licences.ts';

describe('licenceUrl', () => {
  it('links the Open Government Licence, by the version named', () => {
    expect(licenceUrl('Open Government Licence v3.0')).toBe('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
    expect(licenceUrl('open government licence version 2')).toBe('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/');
    expect(licenceUrl('Published under the Open Government License')).toBe('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
  });
  it('links nothing it does not know, and no version that does not exist', () => {
    expect(licenceUrl('No licence stated; facts restated in our own words')).toBeUndefined();
    expect(licenceUrl('Creative Commons BY 4.0')).toBeUndefined();
    expect(licenceUrl('Open Government Licence v9')).toBeUndefined();
  });
});
