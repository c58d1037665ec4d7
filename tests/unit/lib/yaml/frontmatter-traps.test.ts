import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../../../src/lib/content/frontmatter.ts';

const page = (...lines: string[]) => ['---', ...lines, '---', 'Body'].join('\n');

describe('values cut short by #', () => {
  it('is an error at the line, saying to quote the whole value', () => {
    const parsed = parseContentFile(page('title: T', 'severities:', '  - level: P1', '    communication: Banner on the service, post in #twd_apply, email the owner'), false);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ line: 5, field: 'severities[0].communication' });
    expect(parsed.problems[0].message).toMatch(/"Banner on the service, post in"/);
    expect(parsed.problems[0].message).toContain('communication: "Banner on the service, post in #twd_apply, email the owner"');
    // The data is still read, so the schema check runs too.
    expect(parsed.data).toBeDefined();
  });
  it('finds list items and nested fields, and gives a data file its own lines', () => {
    const parsed = parseContentFile('name: Team\nchannels:\n  - Post in #ops\nsupport:\n  outOfHours: Alerts go to #pager and wait\n', true);
    expect(parsed.problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'channels[0]'],
      [5, 'support.outOfHours'],
    ]);
    expect(parsed.problems[0].message).toContain('- "Post in #ops"');
  });
  it('leaves comments with a space after # and quoted values alone', () => {
    const parsed = parseContentFile(page('title: T # a note', 'contact: "#team"', "other: 'post in #ops'", 'empty:   #', 'n: 5 #'), false);
    expect(parsed.problems).toEqual([]);
    expect(parsed.syntaxErrors).toEqual([]);
  });
});

describe('limits', () => {
  it('reports an alias bomb as a finding, not an exception', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'];
    const parsed = parseContentFile(bomb.join('\n'), true);
    expect(parsed.data).toBeUndefined();
    expect(parsed.syntaxErrors).toHaveLength(1);
    expect(parsed.syntaxErrors[0]).toMatchObject({ line: 2 });
    expect(parsed.syntaxErrors[0].message).toMatch(/aliases/);
  });
  it('reports deep nesting as a finding, at any depth', () => {
    for (const depth of [100, 1_000, 6_000]) {
      const parsed = parseContentFile(`title: T\ndeep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, true);
      expect(parsed.data).toBeUndefined();
      expect(parsed.syntaxErrors[0].message).toMatch(/deep/);
      expect(parsed.syntaxErrors[0].line).toBe(2);
    }
    const block = Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(parseContentFile(`${block} v\n`, true).syntaxErrors[0].message).toMatch(/deep/);
  });
});

describe('YAML messages an author can act on', () => {
  it('points an over-indented line at itself and says what to line it up with', () => {
    const parsed = parseContentFile(page('title: T', 'contacts:', '  incidentContact: Jo', '    escalation: Sam', 'owner: x'), false);
    expect(parsed.syntaxErrors).toHaveLength(1);
    expect(parsed.syntaxErrors[0].line).toBe(5);
    expect(parsed.syntaxErrors[0].message).toMatch(/indented more than `incidentContact` on line 4/);
    expect(parsed.syntaxErrors[0].message).toMatch(/indent it by 2 spaces, the same as `incidentContact`, to put it under `contacts:`/);
  });
  it('lines a field up with the key of a list item, not its dash', () => {
    const over = parseContentFile('severities:\n  - level: P1\n      definition: x\n', true).syntaxErrors;
    expect(over).toEqual([{ line: 3, message: expect.stringContaining('indent it by 4 spaces, the same as `level`, to put it in the same list item under `severities:`') }]);
    const under = parseContentFile('severities:\n  - level: P1\n   definition: x\n', true).syntaxErrors;
    expect(under).toEqual([{ line: 3, message: expect.stringContaining('`definition` belongs in that item: indent it by 4 spaces, like `level`, or start a new item with `- `.') }]);
  });
  it('says one thing per line', () => {
    expect(parseContentFile('a:\n  - x\n - y\n', true).syntaxErrors).toHaveLength(1);
  });
  it('explains an under-indented line', () => {
    const parsed = parseContentFile('contacts:\n  incidentContact: Jo\n escalation: Sam\n', true);
    expect(parsed.syntaxErrors).toHaveLength(1);
    expect(parsed.syntaxErrors[0].line).toBe(3);
    expect(parsed.syntaxErrors[0].message).toMatch(/`escalation` goes under `contacts:`: indent it by 2 spaces, like `incidentContact` on line 2/);
  });
  it('says to quote a value with ": " in it', () => {
    const parsed = parseContentFile(page('title: Restart: the queue'), false);
    expect(parsed.syntaxErrors).toEqual([{ line: 2, field: 'title', message: expect.stringContaining('title: "Restart: the queue"') }]);
  });
  it('names both lines of a duplicate key', () => {
    const parsed = parseContentFile(page('title: T', 'checklists:', '  a: 1', 'owner: x', 'checklists:', '  b: 2'), false);
    expect(parsed.syntaxErrors).toEqual([{ line: 6, field: 'checklists', message: expect.stringContaining('on lines 3 and 6') }]);
  });
  it('says to replace a tab', () => {
    expect(parseContentFile('contacts:\n\tincidentContact: Jo\n', true).syntaxErrors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/tab/) });
  });
});
