/**
 * Self-assessment on a checklist page, as progressive enhancement: without
 * JavaScript the page is a readable checklist and the tick boxes stay hidden.
 * With it, the reader picks a service (the list comes from the checklist's
 * answers.json) and each item gets a "Done" tick box. Ticks start from the
 * service's current answers and are kept per service in this browser's
 * localStorage (with the date ticked); "Copy as service answers" copies the
 * YAML to paste under the `checklists:` key of the service's file.
 */
import type { CurrentAnswer } from '../lib/checklists/answers-yaml.ts';

// Loaded when the reader first picks a service or copies, to keep the script before interaction small.
const later = () => import('./checklist-copy.ts');

interface ServiceAnswers {
  id: string;
  name: string;
  answers: Record<string, CurrentAnswer>;
}

const storageKey = (checklistId: string, serviceId: string) => `ops-manual:checklist:${checklistId}${serviceId ? `:${serviceId}` : ''}`;

function stored(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return undefined;
  }
}

function read(key: string): Record<string, string> | undefined {
  const value = stored(key);
  return value && typeof value === 'object' ? (value as Record<string, string>) : undefined;
}

function save(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage can be full or switched off; ticks then last until the page is left.
  }
}

/** The reader's date as YYYY-MM-DD, for when an item was ticked. */
const localDate = (now = new Date()) => [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');

export function startSelfAssessment(root: ParentNode = document): void {
  const panel = root.querySelector<HTMLElement>('[data-self-assessment]');
  const checklistId = panel?.dataset.checklist;
  if (!panel || !checklistId) return;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-item]')];
  const status = panel.querySelector<HTMLElement>('[data-copy-status]')!;
  const output = panel.querySelector<HTMLElement>('[data-answers]')!;
  const select = panel.querySelector<HTMLSelectElement>('select[data-service]')!;
  const chosenKey = `${storageKey(checklistId, '')}:service`;
  let services: ServiceAnswers[] = [];
  let service: ServiceAnswers | undefined;
  let key = storageKey(checklistId, '');
  let ticks: Record<string, string> = read(key) ?? {};

  const show = () => {
    for (const box of boxes) {
      box.checked = Boolean(ticks[box.dataset.item!]);
      box.closest('li')?.toggleAttribute('data-ticked', box.checked);
    }
    const done = boxes.filter((box) => box.checked).length;
    panel.querySelector('[data-tick-count]')!.textContent = `${done} of ${boxes.length} ticked`;
  };
  const choose = async (id: string) => {
    const { ticksFrom } = await later();
    service = services.find((s) => s.id === id);
    key = storageKey(checklistId, service?.id ?? '');
    ticks = read(key) ?? (service ? ticksFrom(service.answers, localDate()) : {});
    save(chosenKey, service?.id ?? '');
    output.hidden = true;
    show();
  };

  for (const box of boxes) {
    box.closest<HTMLElement>('[data-self-tick]')!.hidden = false;
    box.addEventListener('change', () => {
      if (box.checked) ticks[box.dataset.item!] = localDate();
      else delete ticks[box.dataset.item!];
      save(key, ticks);
      show();
    });
  }
  select.addEventListener('change', () => void choose(select.value));
  show();
  panel.hidden = false;

  fetch(panel.dataset.answersUrl!)
    .then((response) => response.json() as Promise<{ services: ServiceAnswers[] }>)
    .then((data) => {
      services = data.services;
      for (const { id, name } of services) select.add(new Option(name, id));
      const chosen = stored(chosenKey);
      if (typeof chosen === 'string' && services.some((s) => s.id === chosen)) {
        select.value = chosen;
        return choose(chosen);
      }
    })
    .catch(() => {
      // Without the list, the reader can still tick and copy answers for a service of their own.
    });

  panel.querySelector('[data-copy-answers]')!.addEventListener('click', async () => {
    const { copyAnswers } = await later();
    await copyAnswers(checklistId, boxes.map((box) => box.dataset.item!), ticks, service?.answers, output, status);
  });

  panel.querySelector('[data-clear-answers]')!.addEventListener('click', () => {
    ticks = {};
    save(key, ticks);
    show();
    status.textContent = 'Your ticks are cleared.';
  });
}
