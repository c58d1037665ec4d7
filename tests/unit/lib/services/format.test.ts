import { describe, expect, it } from 'vitest';
import { hasBodyText, paragraphs } from '../../../../src/lib/services/format.ts';

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

describe('hostile text (linear time)', () => {
  it('joins a line of 20,000 spaces', () => {
    expect(paragraphs(`a${' '.repeat(20_000)}\n${' '.repeat(20_000)}b`)).toEqual(['a b']);
  });
  it('reads many unclosed MDX comments as text', () => {
    expect(hasBodyText('{/*'.repeat(7_000))).toBe(true);
    expect(hasBodyText('{/* a */}{/* b */}\n')).toBe(false);
    expect(hasBodyText('{/* a */} text {/* b')).toBe(true);
  });
});
