/**
 * The YAML a service file needs for one checklist's answers, from ticks made
 * in the browser (the self-assessment on a checklist page). Written by hand,
 * not with a YAML library, to keep the page's script small: ids are
 * lower-case words and hyphens and dates are YYYY-MM-DD, so nothing needs quoting.
 */

/** Ticked items by id, each with the date it was ticked (YYYY-MM-DD). */
export type Ticks = Readonly<Record<string, string>>;

/**
 * Every item of the checklist, in the order given: ticked ones `done` with
 * the date ticked, the rest `not-started`, so the service is scored on all of them.
 */
export function answersYaml(checklistId: string, itemIds: readonly string[], ticks: Ticks): string {
  const lines = ['checklists:', `  ${checklistId}:`];
  for (const id of itemIds) {
    lines.push(`    ${id}:`);
    if (ticks[id]) lines.push('      status: done', `      date: ${ticks[id]}`);
    else lines.push('      status: not-started');
  }
  return `${lines.join('\n')}\n`;
}
