import { describe, expect, it } from 'vitest';
import { serviceIdFromName, setTemplateFields } from '../../../../src/lib/services/template-fields.ts';

describe('serviceIdFromName', () => {
  it('makes a lower-case hyphenated id', () => {
    expect(serviceIdFromName("Check a teacher's record")).toBe('check-a-teachers-record');
    expect(serviceIdFromName('  Apply for QTS: Café edition! ')).toBe('apply-for-qts-cafe-edition');
  });
});

describe('setTemplateFields', () => {
  const template = '---\nname: Service name    # the name\nowner: someone\ncontacts:\n  name: nested   # not top level\n---\n\nBody with name: text\n';

  it('replaces top-level values and keeps their comments', () => {
    const result = setTemplateFields(template, { name: 'Find training', owner: 'team-a' });
    expect(result).toBe('---\nname: Find training   # the name\nowner: team-a\ncontacts:\n  name: nested   # not top level\n---\n\nBody with name: text\n');
  });

  it('quotes a value only when YAML needs it', () => {
    expect(setTemplateFields(template, { name: 'Check: records #2' })).toContain('name: "Check: records #2" # the name');
  });

  it('refuses a field the template does not have', () => {
    expect(() => setTemplateFields(template, { phase: 'alpha' })).toThrow('no top-level `phase:` line');
  });
});
