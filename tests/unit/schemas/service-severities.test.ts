/** The severity vocabulary comes from settings: P1–P3 by default, and any other list (P1–P4, SEV1–SEV3) works the same way. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../../src/lib/content/frontmatter.ts';
import { serviceLevelsSchema, SEVERITY_LEVELS } from '../../../src/schemas/service/service-levels.ts';
import { serviceSchema } from '../../../src/schemas/service.ts';
import { loadSettings, settings } from '../../../src/settings.ts';
import { ROOT } from '../../support/site.ts';
import { severityChoice, severityRange } from '../../../src/lib/core/vocabulary.ts';
import { templateWithSeverities, inVocabularyOrder } from '../../../src/lib/incidents/severity.ts';
import { SERVICE_TEMPLATE_FILE } from '../../../src/data/service-template.ts';

const level = (name: string) => ({ level: name, definition: 'Down', responseTime: '30 minutes', communication: 'Banner', updateFrequency: 'Hourly' });
const messages = (levels: readonly string[], severities: unknown[]) => {
  const result = serviceLevelsSchema(levels).safeParse({ severities });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('severity vocabulary', () => {
  it('is the one in settings, P1 to P3 by default', () => {
    expect(SEVERITY_LEVELS).toBe(settings.operations.severityLevels);
    // The default, whatever this site's own settings say: a content folder with no settings.yaml.
    expect(loadSettings(ROOT, 'tests/fixtures/no-settings-here').settings.operations.severityLevels).toEqual(['P1', 'P2', 'P3']);
  });

  it('accepts P4 under a P1 to P4 vocabulary and rejects it under the default, listing the allowed levels', () => {
    expect(messages(['P1', 'P2', 'P3', 'P4'], [level('P1'), level('P4')])).toEqual([]);
    expect(messages(['P1', 'P2', 'P3'], [level('P4')])).toEqual(['severities.0.level: must be one of: P1, P2, P3 (found `P4`). Did you mean `P1`?']);
  });

  it('works with SEV1 to SEV3, and its messages use that vocabulary', () => {
    const sev = ['SEV1', 'SEV2', 'SEV3'];
    expect(messages(sev, [level('SEV1'), level('SEV3')])).toEqual([]);
    const [wrong] = messages(sev, [level('P1')]);
    expect(wrong).toContain('must be one of: SEV1, SEV2, SEV3 (found `P1`)');
    const [missing] = messages(sev, [{ ...level('SEV1'), level: undefined }]);
    expect(missing).toBe('severities.0.level: is required: the severity level, SEV1 being the most severe. Allowed values: SEV1, SEV2, SEV3');
  });

  it('rejects a level defined twice, naming it', () => {
    expect(messages(['SEV1', 'SEV2'], [level('SEV1'), level('SEV1')])).toEqual(['severities.1.level: lists SEV1 twice: define each of SEV1 to SEV2 once']);
  });

  it('says the vocabulary in words', () => {
    expect(severityRange(['SEV1', 'SEV2', 'SEV3'])).toBe('SEV1 to SEV3');
    expect(severityChoice(['P1', 'P2', 'P3', 'P4'])).toBe('P1, P2, P3 or P4');
    expect(inVocabularyOrder([level('P3'), level('P1')], ['P1', 'P2', 'P3']).map((s) => s.level)).toEqual(['P1', 'P3']);
  });

  it('rewrites the template for another vocabulary, which then still passes a schema built for it', () => {
    const template = readFileSync(SERVICE_TEMPLATE_FILE, 'utf8');
    const sev = templateWithSeverities(template, ['SEV1', 'SEV2', 'SEV3']);
    expect(sev).toContain('incident severity levels SEV1 to SEV3');
    expect(sev).toContain('#  - level: SEV1');
    expect(sev).toContain('# SEV1, SEV2 or SEV3 (SEV1 is the most severe)');
    expect(sev).not.toMatch(/\bP[1-3]\b/);
    expect(templateWithSeverities(template, ['P1', 'P2', 'P3'])).toBe(template);
    expect(serviceSchema.safeParse(parseContentFile(template, false).data).success).toBe(true);
  });
});
