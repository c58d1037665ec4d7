import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../../../src/lib/content/frontmatter.ts';

const page = ['---', 'title: Hello', 'lastReviewed: 2022-13-45', 'sources:', '  - title: A', '    url: http://x', '---', '', 'Body'].join('\n');

describe('parseContentFile', () => {
  it('keeps dates as written, so impossible dates can be caught', () => {
    const parsed = parseContentFile(page, false);
    expect(parsed.data).toMatchObject({ title: 'Hello', lastReviewed: '2022-13-45' });
    expect(parsed.body.trim()).toBe('Body');
  });
  it('finds the file line of a field, nested ones included', () => {
    const parsed = parseContentFile(page, false);
    expect(parsed.lineOf(['title'])).toBe(2);
    expect(parsed.lineOf(['lastReviewed'])).toBe(3);
    expect(parsed.lineOf(['sources', 0, 'url'])).toBe(6);
    expect(parsed.lineOf(['missing'])).toBe(2);
  });
  it('reports a file without frontmatter', () => {
    const parsed = parseContentFile('# Just markdown', false);
    expect(parsed.data).toBeUndefined();
    expect(parsed.syntaxErrors[0].message).toMatch(/has no frontmatter/);
  });
  it('reports broken YAML with its line', () => {
    const parsed = parseContentFile(['---', 'title: ok', 'tags: [a, b', '---'].join('\n'), false);
    expect(parsed.data).toBeUndefined();
    expect(parsed.syntaxErrors[0].message).toMatch(/never closed/);
    expect(parsed.syntaxErrors[0].line).toBeGreaterThanOrEqual(3);
  });
  it('reads whole YAML data files', () => {
    const parsed = parseContentFile('name: Team\ncontact: "#team"\n', true);
    expect(parsed.data).toEqual({ name: 'Team', contact: '#team' });
    expect(parsed.lineOf(['contact'])).toBe(2);
  });
});
