import { describe, expect, it } from 'vitest';
import { SERVICE_SECTIONS, serviceSection } from '../../../../src/lib/services/sections.ts';
import { serviceShape } from '../../../../src/schemas/service.ts';

describe('SERVICE_SECTIONS', () => {
  it('gives each section its own id', () => {
    const ids = SERVICE_SECTIONS.map((section) => section.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists only fields the service schema has (typecheck checks the same in components/service/sections/content.ts)', () => {
    const known = new Set(Object.keys(serviceShape));
    const unknown = SERVICE_SECTIONS.flatMap((section) => section.fields.filter((field) => !known.has(field)).map((field) => `${section.id}: ${field}`));
    expect(unknown).toEqual([]);
  });

  it('gives no field to two sections', () => {
    const fields = SERVICE_SECTIONS.flatMap((section) => [...section.fields]);
    expect(fields.filter((field, index) => fields.indexOf(field) !== index)).toEqual([]);
  });

  it('finds a section by id, and names an unknown id', () => {
    expect(serviceSection('run-books').title).toBe('Run books');
    expect(() => serviceSection('runbooks' as never)).toThrow('No service manual section "runbooks"');
  });
});
