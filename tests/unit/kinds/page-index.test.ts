/** The page index made from the registry, and the one owner rule it shares with search. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownerOf, pagePathOf } from '../../../src/kinds/index.ts';
import { indexPage, indexPages } from '../../../src/kinds/page-index.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const reviewed = { lastReviewed: new Date('2026-01-01'), reviewIn: '1 year' };
const service = { collection: 'services', id: 'pay', data: { name: 'Pay', owner: 'payments', ...reviewed } };
const runbook = { collection: 'runbooks', id: 'refund', data: { title: 'Refund a payment', service: 'pay', ...reviewed } };
const names: Record<string, string> = { payments: 'Payments team' };

describe('the run book owner rule', () => {
  const ownerOfService = (kind: string, id: string) => (kind === 'services' && id === 'pay' ? 'payments' : undefined);

  it('gives a run book its service’s owner, and its page under the service’s page', () => {
    expect(ownerOf(runbook, ownerOfService)).toBe('payments');
    expect(pagePathOf(runbook)).toBe('/services/pay/runbooks/refund/');
  });

  it('gives the page index the same owner', () => {
    const [, page] = indexPages([service, runbook], (id) => names[id]);
    expect(page).toMatchObject({ path: pagePathOf(runbook), owner: ownerOf(runbook, ownerOfService), ownerName: 'Payments team' });
  });

  it('leaves a run book of a missing service without an owner', () => {
    expect(ownerOf({ ...runbook, data: { ...runbook.data, service: 'gone' } }, ownerOfService)).toBeUndefined();
    expect(indexPage({ ...runbook, data: { ...runbook.data, service: 'gone' } }, (id) => names[id])?.owner).toBe('');
  });

  it('is the one both the page index and the search records use', () => {
    for (const file of ['src/kinds/page-index.ts', 'src/data/search.ts']) {
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      for (const name of ['ownerOf', 'ownersAmong']) expect(source, file).toMatch(new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from '\\.{1,2}/(kinds/)?index\\.ts'`));
      expect(source, file).not.toMatch(/runbookPath|\.service\b/);
    }
  });
});

describe('indexPage', () => {
  it('leaves out drafts, entries with no review date and entries that are not pages', () => {
    expect(indexPage({ ...service, data: { ...service.data, draft: true } }, () => undefined)).toBeUndefined();
    expect(indexPage({ collection: 'teams', id: 'payments', data: { name: 'Payments', ...reviewed } }, () => undefined)).toBeUndefined();
    expect(indexPage({ ...service, data: { name: 'Pay', owner: 'payments' } }, () => undefined)).toBeUndefined();
  });
});
