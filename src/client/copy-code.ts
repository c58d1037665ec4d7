/**
 * "Copy" buttons on code blocks: a JavaScript enhancement, so the page reads
 * the same without it. Each `pre` inside `[data-copy-code]` gets a button
 * before it that copies the commands only (see lib/incidents/copy-command.ts),
 * and the page's one live region says what happened, for screen readers.
 */
import { commandText } from '../lib/incidents/copy-command.ts';

export function startCopyCode(root: ParentNode = document): void {
  const status = root.querySelector<HTMLElement>('[data-copy-code-status]');
  if (!status || !navigator.clipboard) return;
  const blocks = [...root.querySelectorAll<HTMLPreElement>('[data-copy-code] pre')];
  blocks.forEach((pre, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'govuk-button govuk-button--secondary app-copy-code';
    button.textContent = 'Copy';
    const hidden = document.createElement('span');
    hidden.className = 'govuk-visually-hidden';
    hidden.textContent = blocks.length > 1 ? ` code block ${index + 1} of ${blocks.length}` : ' code block';
    button.append(hidden);
    button.addEventListener('click', async () => {
      const command = commandText(pre.textContent ?? '');
      // Empty first, so saying the same thing twice is announced twice.
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(command);
        const lines = command.split('\n').length;
        status.textContent = `Copied ${lines === 1 ? 'the command' : `${lines} lines`} to the clipboard.`;
      } catch {
        status.textContent = 'Your browser did not allow copying. Select the text and copy it instead.';
      }
    });
    pre.before(button);
  });
}
