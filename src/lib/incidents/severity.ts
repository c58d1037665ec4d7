/**
 * Words for the severity vocabulary in `settings.operations.severityLevels`
 * (most severe first), so the schema, template, panel and messages all say
 * the same levels: "P1 to P3", "P1, P2 or P3".
 */
import { severityChoice, severityRange } from '../core/vocabulary.ts';

/** The template's severity comments and example level, rewritten for a vocabulary other than P1 to P3. */
export function templateWithSeverities(template: string, levels: readonly string[]): string {
  return template
    .replace(/incident severity levels P1 to P3/g, `incident severity levels ${severityRange(levels)}`)
    .replace(/# P1, P2 or P3 \(P1 is the most severe\)/, `# ${severityChoice(levels)} (${levels[0]} is the most severe)`)
    .replace(/^(#\s+- level: )P1\b/m, `$1${levels[0]}`);
}

/** Severities in the vocabulary's order, whatever order the file lists them in. */
export function inVocabularyOrder<T extends { level: string }>(severities: readonly T[], levels: readonly string[]): T[] {
  return [...severities].sort((a, b) => levels.indexOf(a.level) - levels.indexOf(b.level));
}
