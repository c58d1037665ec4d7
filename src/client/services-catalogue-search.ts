/**
 * The find box of a long services catalogue (one split into A to Z pages):
 * on the first keystroke it fetches the catalogue's small data file (a name,
 * phase, owner and review for each service) and lists the services that
 * match every word typed. Without JavaScript the A to Z pages list them all.
 */
interface CatalogueRecord {
  name: string;
  path: string;
  phase: string;
  owner: string;
  review: string;
}

const SHOWN = 30;

export function startCatalogueSearch(root: ParentNode = document): void {
  const box = root.querySelector<HTMLElement>('[data-catalogue-search]');
  const input = box?.querySelector('input');
  const status = box?.querySelector<HTMLElement>('[role="status"]');
  const list = box?.querySelector<HTMLElement>('[data-catalogue-matches]');
  if (!box || !input || !status || !list) return;
  box.hidden = false;
  let records: Promise<CatalogueRecord[]> | undefined;

  input.addEventListener('input', async () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    records ??= fetch(box.dataset.catalogueSearch!).then((response) => (response.ok ? response.json() : []));
    const all = await records;
    if (words.join(' ') !== input.value.toLowerCase().split(/\s+/).filter(Boolean).join(' ')) return; // a later keystroke wins
    if (words.length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const matches = all.filter((record) => {
      const text = `${record.name} ${record.phase} ${record.owner} ${record.review}`.toLowerCase();
      return words.every((word) => text.includes(word));
    });
    list.replaceChildren(
      ...matches.slice(0, SHOWN).map((record) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.className = 'govuk-link';
        link.href = record.path;
        link.textContent = record.name;
        item.append(link, ` (${record.phase}, ${record.owner}, ${record.review.toLowerCase()})`);
        return item;
      }),
    );
    status.textContent =
      matches.length > SHOWN ? `Showing ${SHOWN} of ${matches.length} matching services: add a word to narrow them down` : `${matches.length} of ${all.length} services match`;
  });
}
