import { describe, expect, it } from 'vitest';
import { externalRel } from '../../../../src/lib/markdown/external-links.ts';

describe('externalRel', () => {
  it('adds noopener and noreferrer to links off the site', () => {
    expect(externalRel('https://example.com/page', undefined)).toBe('noopener noreferrer');
    expect(externalRel('http://example.com/', undefined)).toBe('noopener noreferrer');
    expect(externalRel('//example.com/', undefined)).toBe('noopener noreferrer');
  });

  it('keeps the rel tokens a link already has and adds only what is missing', () => {
    expect(externalRel('https://example.com/', 'license')).toBe('license noopener noreferrer');
    expect(externalRel('https://example.com/', 'noopener')).toBe('noopener noreferrer');
    expect(externalRel('https://example.com/', 'NoReferrer noopener')).toBeUndefined();
  });

  it('leaves links within the site alone', () => {
    expect(externalRel('/guidance/', undefined)).toBeUndefined();
    expect(externalRel('../other/', undefined)).toBeUndefined();
    expect(externalRel('#section', undefined)).toBeUndefined();
    expect(externalRel('mailto:team@example.com', undefined)).toBeUndefined();
    expect(externalRel('https://ops.example/guidance/', undefined, 'https://ops.example')).toBeUndefined();
    expect(externalRel('https://other.example/', undefined, 'https://ops.example')).toBe('noopener noreferrer');
  });
});
