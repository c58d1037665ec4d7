/**
 * Self-assessment on a checklist page, as progressive enhancement: without
 * JavaScript the page is a readable checklist and the tick boxes stay hidden.
 * With it, each item gets a "Done" tick box; ticks are kept in this
 * browser's localStorage (with the date ticked), and "Copy as service
 * answers" copies the YAML to paste into the service file's frontmatter.
 */
import { answersYaml, type Ticks } from '../lib/checklist-answers-yaml.ts';

const storageKey = (checklistId: string) => `ops-manual:checklist:${checklistId}`;

function readTicks(key: string): Record<string, string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function saveTicks(key: string, ticks: Ticks): void {
  try {
    localStorage.setItem(key, JSON.stringify(ticks));
  } catch {
    // Storage can be full or switched off; ticks then last until the page is left.
  }
}

/** The reader's date as YYYY-MM-DD, for when an item was ticked. */
function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function startSelfAssessment(root: ParentNode = document): void {
  const panel = root.querySelector<HTMLElement>('[data-self-assessment]');
  const checklistId = panel?.dataset.checklist;
  if (!panel || !checklistId) return;
  const key = storageKey(checklistId);
  const ticks = readTicks(key);
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-item]')];
  const status = panel.querySelector<HTMLElement>('[data-copy-status]');
  const output = panel.querySelector<HTMLElement>('[data-answers]');

  const show = (box: HTMLInputElement) => {
    box.checked = Boolean(ticks[box.dataset.item!]);
    box.closest('li')?.toggleAttribute('data-ticked', box.checked);
  };
  const count = () => {
    const done = boxes.filter((box) => box.checked).length;
    panel.querySelector('[data-tick-count]')!.textContent = `${done} of ${boxes.length} ticked`;
  };

  for (const box of boxes) {
    show(box);
    box.closest<HTMLElement>('[data-self-tick]')!.hidden = false;
    box.addEventListener('change', () => {
      if (box.checked) ticks[box.dataset.item!] = localDate();
      else delete ticks[box.dataset.item!];
      saveTicks(key, ticks);
      show(box);
      count();
    });
  }
  count();
  panel.hidden = false;

  panel.querySelector('[data-copy-answers]')?.addEventListener('click', async () => {
    const yaml = answersYaml(checklistId, boxes.map((box) => box.dataset.item!), ticks);
    if (output) {
      output.textContent = yaml;
      output.hidden = false;
    }
    try {
      await navigator.clipboard.writeText(yaml);
      if (status) status.textContent = 'Copied. Paste the answers into your service file’s frontmatter.';
    } catch {
      if (status) status.textContent = 'Your browser did not allow copying. Select the answers below and copy them.';
    }
  });

  panel.querySelector('[data-clear-answers]')?.addEventListener('click', () => {
    for (const id of Object.keys(ticks)) delete ticks[id];
    saveTicks(key, ticks);
    boxes.forEach(show);
    count();
    if (status) status.textContent = 'Your ticks are cleared.';
  });
}
