/** A problem in a content file, said the way an author can act on it. */
export interface Finding {
  /** Path relative to the repository, such as content/services/foo.mdx. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The field, such as `owner` or `sources[0].url`; absent for whole-file problems. */
  field?: string;
  /** What is wrong and what to write instead. */
  message: string;
  /**
   * `error` (the default when absent) fails `npm run check` and the build;
   * `warning` is reported but passes, for work a team may be part-way through.
   */
  severity?: 'error' | 'warning';
}

export const isWarning = (finding: Finding): boolean => finding.severity === 'warning';

/** Errors and warnings apart: only errors fail the check. */
export function splitFindings(findings: readonly Finding[]): { errors: Finding[]; warnings: Finding[] } {
  return { errors: findings.filter((f) => !isWarning(f)), warnings: findings.filter(isWarning) };
}

/** `sources[0].url` from ['sources', 0, 'url']. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '');
}

/** content/services/foo.mdx:5: `owner` is required: the team that runs the service … */
export function formatFinding(finding: Finding): string {
  const field = finding.field ? `\`${finding.field}\` ` : '';
  return `${finding.file}:${finding.line}: ${field}${finding.message}`;
}

/** Stable order: by file, then line, then text. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || formatFinding(a).localeCompare(formatFinding(b)));
}

function section(findings: readonly Finding[], noun: 'problem' | 'warning'): string[] {
  if (findings.length === 0) return [];
  const sorted = sortFindings(findings);
  const files = new Set(sorted.map((f) => f.file)).size;
  const heading = `${sorted.length} ${noun}${sorted.length === 1 ? '' : 's'} in ${files} content file${files === 1 ? '' : 's'}:`;
  return [heading, ...sorted.map((f) => `  ${formatFinding(f)}`)];
}

/** Problems (errors) first, then warnings, each with a count. */
export function formatReport(findings: readonly Finding[]): string {
  const { errors, warnings } = splitFindings(findings);
  const errorLines = section(errors, 'problem');
  const warningLines = section(warnings, 'warning');
  return [...errorLines, ...(errorLines.length && warningLines.length ? [''] : []), ...warningLines].join('\n');
}
