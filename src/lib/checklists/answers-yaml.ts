/**
 * The YAML a service file needs for one checklist's answers, from ticks made
 * in the browser (the self-assessment on a checklist page). Written by hand,
 * not with a YAML library, to keep the page's script small: ids are
 * lower-case words and hyphens and dates are YYYY-MM-DD, so they need no
 * quoting; free text (evidence, reasons) is written as a JSON string, which
 * YAML reads as a double-quoted string.
 *
 * The block is indented for the service file's `checklists:` key: paste it on
 * the line after `checklists:` (replacing this checklist's block if the
 * service already has one).
 */

/** Ticked items by id, each with the date it was ticked (YYYY-MM-DD). */
export type Ticks = Readonly<Record<string, string>>;

/** A service's current answer to one item, as checklists answers.json gives it (dates YYYY-MM-DD). */
export interface CurrentAnswer {
  status: string;
  evidence?: string;
  date?: string;
  reason?: string;
  exception?: { reason: string; expires: string };
}

const quoted = (text: string) => JSON.stringify(text);

/**
 * Every item of the checklist, in the order given. A ticked item is `done`
 * with a `date` (the service's own date if it was already done, else the date
 * ticked) and `evidence:` (the service's, or left empty for the team to fill
 * in). An unticked item keeps the service's answer if it was not done, and is
 * otherwise `not-started`; exceptions and reasons are kept.
 */
export function answersYaml(checklistId: string, itemIds: readonly string[], ticks: Ticks, current: Readonly<Record<string, CurrentAnswer>> = {}): string {
  const lines = [`  ${checklistId}:`];
  for (const id of itemIds) {
    const answer = current[id];
    lines.push(`    ${id}:`);
    if (ticks[id]) {
      const date = answer?.status === 'done' && answer.date ? answer.date : ticks[id];
      lines.push('      status: done', `      date: ${date}`, `      evidence:${answer?.evidence ? ` ${quoted(answer.evidence)}` : ''}`);
      continue;
    }
    const status = answer && answer.status !== 'done' ? answer.status : 'not-started';
    lines.push(`      status: ${status}`);
    if (status === answer?.status) {
      if (answer.evidence) lines.push(`      evidence: ${quoted(answer.evidence)}`);
      if (answer.date) lines.push(`      date: ${answer.date}`);
      if (answer.reason) lines.push(`      reason: ${quoted(answer.reason)}`);
    }
    if (answer?.exception) lines.push('      exception:', `        reason: ${quoted(answer.exception.reason)}`, `        expires: ${answer.exception.expires}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The ticks a service's answers start from: each done item, dated as the service dated it (or `today`). */
export function ticksFrom(answers: Readonly<Record<string, CurrentAnswer>>, today: string): Record<string, string> {
  return Object.fromEntries(Object.entries(answers).filter(([, answer]) => answer.status === 'done').map(([id, answer]) => [id, answer.date ?? today]));
}
