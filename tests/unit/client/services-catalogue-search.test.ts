// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCatalogueSearch } from '../../../src/client/services-catalogue-search.ts';

const RECORDS = [
  { name: 'Renew a bursary', path: '/services/renew-a-bursary/', phase: 'Live', owner: 'Funding team', review: 'Reviewed' },
  { name: 'Renew a grant', path: '/services/renew-a-grant/', phase: 'Beta', owner: 'Grants team', review: 'Review overdue' },
  { name: 'Check <b>exam</b> results', path: '/services/check-exam-results/', phase: 'Live', owner: 'Exams team', review: 'Reviewed' },
];

function mount() {
  document.body.innerHTML = `<div data-catalogue-search="/services/catalogue.json" hidden>
    <input id="catalogue-search" type="search" /><p role="status"></p><ul data-catalogue-matches></ul></div>`;
  const fetch = vi.fn(async () => ({ ok: true, json: async () => RECORDS }));
  vi.stubGlobal('fetch', fetch);
  startCatalogueSearch();
  const box = document.querySelector<HTMLElement>('[data-catalogue-search]')!;
  const input = box.querySelector('input')!;
  const type = async (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(box.querySelector('[role="status"]')!.textContent).not.toBe(''));
  };
  return { box, fetch, type, links: () => [...box.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]) };
}

afterEach(() => vi.unstubAllGlobals());

describe('startCatalogueSearch', () => {
  it('shows the find box only once the script runs', () => {
    expect(mount().box.hidden).toBe(false);
  });

  it('lists the services matching every word, across name, phase, owner and review', async () => {
    const { type, links, box, fetch } = mount();
    await type('renew overdue');
    expect(links()).toEqual([['Renew a grant', '/services/renew-a-grant/']]);
    expect(box.querySelector('[role="status"]')!.textContent).toBe('1 of 3 services match');
    expect(fetch).toHaveBeenCalledWith('/services/catalogue.json');
  });

  it('writes names as text, never as markup', async () => {
    const { type, box } = mount();
    await type('exam');
    expect(box.querySelector('b')).toBeNull();
    expect(box.querySelector('a')!.textContent).toBe('Check <b>exam</b> results');
  });
});
