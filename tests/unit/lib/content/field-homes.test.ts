import { describe, expect, it } from 'vitest';
import { fieldHomes, misplacedFieldMessage } from '../../../../src/lib/content/field-homes.ts';
import { serviceSchema } from '../../../../src/schemas/service.ts';
import { checklistSchema } from '../../../../src/schemas/checklist.ts';

describe('fieldHomes', () => {
  const homes = fieldHomes(serviceSchema);
  it('reads where each field lives from the schema shape', () => {
    expect(homes.get('incidentContact')).toEqual(['contacts']);
    expect(homes.get('owner')).toContain('');
    expect(homes.get('updateFrequency')).toEqual(['severities[]']);
  });
  it('says where a known field at the wrong level belongs', () => {
    expect(misplacedFieldMessage('incidentContact', [], homes)).toBe(
      'is not a field here: `incidentContact` belongs under `contacts:`. Move it there, indented under that line.',
    );
    expect(misplacedFieldMessage('updateFrequency', [], homes)).toMatch(/belongs in each item of `severities:`/);
    expect(misplacedFieldMessage('owner', ['contacts'], homes)).toMatch(/belongs at the top level/);
  });
  it('leaves unknown names to "Did you mean"', () => {
    expect(misplacedFieldMessage('incidentContct', [], homes)).toBeUndefined();
  });
  it('walks every collection schema without a hand list', () => {
    expect(fieldHomes(checklistSchema).size).toBeGreaterThan(3);
  });
});
