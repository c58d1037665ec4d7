import { describe, expect, it } from 'vitest';
import { hasBodyText, paragraphs } from '../../../src/lib/services-format.ts';

describe('service text', () => {
  it('splits multi-line YAML text into paragraphs at blank lines', () => {
    expect(paragraphs('First line\ncontinues.\n\n  Second.\n\n\n')).toEqual(['First line continues.', 'Second.']);
    expect(paragraphs(undefined)).toEqual([]);
  });

  it('treats a body of only MDX comments as empty', () => {
    expect(hasBodyText('\n{/* Other notes go here. */}\n')).toBe(false);
    expect(hasBodyText('{/* note */}\nReal text.')).toBe(true);
    expect(hasBodyText(undefined)).toBe(false);
  });
});
