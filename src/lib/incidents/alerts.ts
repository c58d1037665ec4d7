/**
 * Alerts name the run book to follow: a run book lists in `alerts:` the alert
 * names as the alerting tool shows them, and each alert gets a stable address,
 * `/alerts/<alert-id>/`, that alert rules can carry as `runbook_url`. One alert
 * leads to one run book, so the same alert id in two run books is an error.
 */
import type { Finding } from '../core/findings.ts';

export const ALERTS_PATH = '/alerts/';

/** "FundingClaimEmailsFailing" or "Funding claim emails failing" → "funding-claim-emails-failing". */
export function alertId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function alertPath(name: string): string {
  return `${ALERTS_PATH}${alertId(name)}/`;
}

export interface AlertingRunbook {
  file: string;
  data: Record<string, unknown>;
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** Each alert id once across every run book; an alert whose name has no letters or digits has no address. */
export function checkAlerts(runbooks: readonly AlertingRunbook[]): Finding[] {
  const first = new Map<string, { file: string; line: number; name: string }>();
  const findings: Finding[] = [];
  for (const runbook of runbooks) {
    const alerts = Array.isArray(runbook.data.alerts) ? (runbook.data.alerts as unknown[]) : [];
    alerts.forEach((name, index) => {
      if (typeof name !== 'string') return;
      const field = `alerts[${index}]`;
      const line = runbook.lineOf(['alerts', index]);
      const id = alertId(name);
      if (!id) {
        findings.push({ file: runbook.file, line, field, message: `\`${name}\` has no letters or digits, so it has no address: write the alert's name as the alerting tool shows it` });
        return;
      }
      const earlier = first.get(id);
      if (!earlier) {
        first.set(id, { file: runbook.file, line, name });
        return;
      }
      const where = earlier.file === runbook.file ? `line ${earlier.line} of this run book` : `${earlier.file}:${earlier.line}`;
      findings.push({
        file: runbook.file,
        line,
        field,
        message: `\`${name}\` is the alert \`${id}\`, which ${where} also lists (as \`${earlier.name}\`): an alert leads to one run book, so remove it from one of the two`,
      });
    });
  }
  return findings;
}
