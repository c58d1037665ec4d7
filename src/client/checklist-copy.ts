/**
 * "Copy as service answers" on a checklist page: loaded when the reader first
 * copies (or picks a service), so the script before interaction stays small.
 */
import { answersYaml, type CurrentAnswer, type Ticks } from '../lib/checklists/answers-yaml.ts';

export { ticksFrom } from '../lib/checklists/answers-yaml.ts';

export async function copyAnswers(checklistId: string, itemIds: string[], ticks: Ticks, current: Record<string, CurrentAnswer> | undefined, output: HTMLElement, status: HTMLElement): Promise<void> {
  const yaml = answersYaml(checklistId, itemIds, ticks, current);
  output.textContent = yaml;
  output.hidden = false;
  try {
    await navigator.clipboard.writeText(yaml);
    status.textContent = 'Copied. Paste the answers on the line after checklists: in your service’s file.';
  } catch {
    status.textContent = 'Your browser did not allow copying. Select the answers below and copy them.';
  }
}
