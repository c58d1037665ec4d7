/**
 * Services catalogue, enhanced: a filter box and sortable columns for the
 * "All services" table. Without JavaScript the table and the groupings by
 * phase and owner still show every service.
 */
export function startCatalogue(root: ParentNode = document): void {
  const table = root.querySelector<HTMLTableElement>('table[data-catalogue]');
  const filter = root.querySelector<HTMLElement>('[data-catalogue-filter]');
  const body = table?.tBodies[0];
  if (!table || !filter || !body) return;
  const rows = [...body.rows];
  const input = filter.querySelector('input');
  const status = filter.querySelector<HTMLElement>('[role="status"]');
  filter.hidden = false;

  input?.addEventListener('input', () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const text = (row.textContent ?? '').toLowerCase();
      row.hidden = !words.every((word) => text.includes(word));
      if (!row.hidden) shown++;
    }
    if (status) status.textContent = `Showing ${shown} of ${rows.length} services`;
  });

  const headers = [...table.tHead!.rows[0].cells];
  headers.forEach((header, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'app-sort';
    button.textContent = header.textContent;
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row: HTMLTableRowElement) => row.cells[column].dataset.sort ?? row.cells[column].textContent ?? '';
      rows.sort((a, b) => key(a).localeCompare(key(b), 'en', { numeric: true }) * (ascending ? 1 : -1));
      body.append(...rows);
    });
  });
}
