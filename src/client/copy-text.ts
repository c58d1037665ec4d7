/**
 * "Copy" buttons: progressive enhancement. Each button is hidden until this
 * script runs, then copies the text of the element its `data-copy` names and
 * says so in a live region beside it.
 */
export function startCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const target = document.getElementById(button.dataset.copy ?? '');
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    if (!target || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(target.textContent ?? '');
        if (status) status.textContent = 'Copied to the clipboard.';
      } catch {
        if (status) status.textContent = 'Your browser did not allow copying. Select the text and copy it instead.';
      }
    });
  }
}
