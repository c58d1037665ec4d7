import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLE_CONTENT, ROOT } from '../../../support/site.ts';
import { checkChecklistAnswers, checkDerivedFrom } from '../../../../src/lib/checklists/references.ts';
import { DERIVED_CHECKS } from '../../../../src/lib/checklists/readiness/derived-checks.ts';
import type { CheckedEntry } from '../../../../src/lib/content/references.ts';

const lines: Record<string, number> = { 'checklists': 10, 'checklists.going-live': 11, 'checklists.going-live.acessibility-audit': 12, 'checklists.goin-live': 20 };
const entry = (collection: string, id: string, data: Record<string, unknown>): CheckedEntry => ({
  collection,
  id,
  file: `content/${collection}/${id}.${collection === 'services' ? 'mdx' : 'yaml'}`,
  data,
  lineOf: (path) => lines[path.map(String).join('.')] ?? 1,
});

const checklist = entry('checklists', 'going-live', { items: [{ id: 'accessibility-audit' }, { id: 'security-assessment' }] });

describe('checkChecklistAnswers', () => {
  it('accepts answers that name real checklists and items, and services without answers', () => {
    const service = entry('services', 'good', { checklists: { 'going-live': { 'accessibility-audit': { status: 'done' } } } });
    expect(checkChecklistAnswers([checklist], [service, entry('services', 'quiet', { checklists: {} })])).toEqual([]);
  });

  it('names the file and line of an unknown checklist, with the closest id', () => {
    const service = entry('services', 'typo', { checklists: { 'goin-live': {} } });
    expect(checkChecklistAnswers([checklist], [service])).toEqual([
      {
        file: 'content/services/typo.mdx',
        line: 20,
        field: 'checklists.goin-live',
        message: 'names the checklist `goin-live`, which is not in content/checklists/. Did you mean `going-live`? Checklists: going-live',
      },
    ]);
  });

  it('names an unknown item with the closest id in that checklist and lists its items', () => {
    const service = entry('services', 'typo', { checklists: { 'going-live': { 'acessibility-audit': { status: 'done' } } } });
    expect(checkChecklistAnswers([checklist], [service])).toEqual([
      {
        file: 'content/services/typo.mdx',
        line: 12,
        field: 'checklists.going-live.acessibility-audit',
        message:
          'names the item `acessibility-audit`, which is not in the checklist `going-live` (content/checklists/going-live.yaml). Did you mean `accessibility-audit`? Its items: accessibility-audit, security-assessment',
      },
    ]);
  });
});

describe('checkDerivedFrom: a derived check is named only on items its evidence shows met', () => {
  const reliable = (items: Record<string, unknown>[]) =>
    entry('checklists', 'operate-a-reliable-service', { items });
  const itemLines = (items: Record<string, unknown>[]) => ({ ...entry('checklists', 'operate-a-reliable-service', { items }), lineOf: (path: readonly PropertyKey[]) => 30 + Number(path[1]) });

  it('accepts items without a check, and a check on an item it declares it evidences', () => {
    const [evidenced] = DERIVED_CHECKS['recovery-objectives-set'].evidences;
    expect(evidenced).toBe('operate-a-reliable-service/recovery-objectives');
    expect(checkDerivedFrom([reliable([{ id: 'regular-releases' }, { id: 'recovery-objectives', derivedFrom: 'recovery-objectives-set' }])])).toEqual([]);
  });

  it('rejects "failover documented" as evidence that the service is available and quick, or that recovery is tested', () => {
    const items = [
      { id: 'uptime-and-speed', title: 'Keep the service available and quick to respond', derivedFrom: 'failover-documented' },
      { id: 'recovery-objectives', derivedFrom: 'recovery-objectives-set' },
    ];
    expect(checkDerivedFrom([itemLines(items)])).toEqual([
      {
        file: 'content/checklists/operate-a-reliable-service.yaml',
        line: 30,
        field: 'items[0].derivedFrom',
        message:
          'names the derived check `failover-documented`, which shows only that the manual documents what happens when the hosting fails (failover): that is not evidence that “Keep the service available and quick to respond” is met. Remove `derivedFrom` from this item, so the team answers it from its own evidence; or, if the check proves everything the item asks, add `operate-a-reliable-service/uptime-and-speed` to the check\'s `evidences` in src/lib/checklists/readiness/derived-checks.ts',
      },
    ]);
    const recovery = entry('checklists', 'ready-for-live-support', { items: [{ id: 'reliability-testing', title: 'Test that automatic recovery works', derivedFrom: 'failover-documented' }] });
    expect(checkDerivedFrom([recovery]).map((finding) => finding.field)).toEqual(['items[0].derivedFrom']);
  });

  it('judges the item in its own checklist: the same item id elsewhere is not evidenced', () => {
    const other = entry('checklists', 'my-checklist', { items: [{ id: 'recovery-objectives', title: 'Recover', derivedFrom: 'recovery-objectives-set' }] });
    expect(checkDerivedFrom([other])).toHaveLength(1);
  });

  it('leaves unknown check ids to the schema, which reports them with the closest id', () => {
    expect(checkDerivedFrom([reliable([{ id: 'x', derivedFrom: 'rota-coverd' }])])).toEqual([]);
  });

  it("holds the example site's checklists to the rule", () => {
    const shipped = readdirSync(path.join(ROOT, EXAMPLE_CONTENT, 'checklists')).map((name) =>
      entry('checklists', name.replace(/\.yaml$/, ''), parse(readFileSync(path.join(ROOT, EXAMPLE_CONTENT, 'checklists', name), 'utf8')) as Record<string, unknown>),
    );
    expect(shipped.length).toBeGreaterThan(1);
    expect(checkDerivedFrom(shipped).map((finding) => `${finding.file}: ${finding.field} ${finding.message}`)).toEqual([]);
  });
});
