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
   * An error (the default) fails the check and the build. A warning is
   * printed by both and fails only `npm run check -- --strict`.
   */
  severity?: 'error' | 'warning';
  /** A reference to an entry that is not there: its kind and id (a service repository's check settles it against the site). */
  missing?: { collection: string; id: string };
}

export function isWarning(finding: Finding): boolean {
  return finding.severity === 'warning';
}

/** The findings that fail a check: errors, and warnings too when strict. */
export function failures(findings: readonly Finding[], strict = false): Finding[] {
  return strict ? [...findings] : findings.filter((finding) => !isWarning(finding));
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

function section(findings: readonly Finding[], noun: string): string[] {
  if (findings.length === 0) return [];
  const sorted = sortFindings(findings);
  const files = new Set(sorted.map((f) => f.file)).size;
  const heading = `${sorted.length} ${noun}${sorted.length === 1 ? '' : 's'} in ${files} content file${files === 1 ? '' : 's'}:`;
  return [heading, ...sorted.map((f) => `  ${formatFinding(f)}`)];
}

/**
 * Every finding, sorted, with a count: errors as "problems", then warnings.
 * With `strict`, warnings count as problems.
 */
export function formatReport(findings: readonly Finding[], strict = false): string {
  const problems = failures(findings, strict);
  const warnings = findings.filter((finding) => !problems.includes(finding));
  return [...section(problems, 'problem'), ...(problems.length && warnings.length ? [''] : []), ...section(warnings, 'warning')].join('\n');
}
