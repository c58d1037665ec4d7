/**
 * One parse per file: readEntry() keeps what it read of each file by its text,
 * so the content check and the content loaders share one parse, and a changed
 * file is read again. kindFiles() lists a kind's files as both see them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetEntry, parses, readEntry } from '../../../src/kinds/read-entry.ts';
import { kindFiles } from '../../../src/kinds/files.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CONTENT = 'tests/fixtures/department-site/content';
const team = (name: string) => `name: ${name}\ncontact: "#harbour-ops"\n`;

describe('readEntry', () => {
  const file = { collection: 'teams' as const, relative: 'harbour-ops.yaml', absolute: '/nowhere/content/teams/harbour-ops.yaml', file: 'content/teams/harbour-ops.yaml' };

  it('parses a file once for the same text, whoever asks', () => {
    const before = parses().parses;
    const first = readEntry(file, team('Harbour operations'));
    const second = readEntry(file, team('Harbour operations'));
    expect(second).toBe(first);
    expect(parses().parses).toBe(before + 1);
    expect('entry' in first && first.entry.data.name).toBe('Harbour operations');
  });

  it('reads a changed file again, and a file named differently (its findings name it)', () => {
    const changed = readEntry(file, team('Harbour and docks'));
    expect('entry' in changed && changed.entry.data.name).toBe('Harbour and docks');
    const broken = readEntry({ ...file, file: 'repo@abc1234:docs/harbour-ops.yaml' }, 'name: [unclosed\n');
    expect(broken.findings[0]?.file).toBe('repo@abc1234:docs/harbour-ops.yaml');
    expect('skipped' in broken).toBe(true);
  });

  it('forgets a deleted file, so the same text is read again', () => {
    readEntry(file, team('Harbour operations'));
    const before = parses().parses;
    forgetEntry(file.absolute);
    readEntry(file, team('Harbour operations'));
    expect(parses().parses).toBe(before + 1);
  });

  it('keeps the frontmatter as written and the body for the renderer, none for a YAML file', () => {
    const page = path.join(ROOT, CONTENT, 'services/book-a-berth.md');
    const read = readEntry({ collection: 'services', relative: 'book-a-berth.md', absolute: page, file: `${CONTENT}/services/book-a-berth.md` }, readFileSync(page, 'utf8'));
    expect(read.raw.body?.startsWith('---')).toBe(false);
    expect(read.raw.body?.length).toBeGreaterThan(0);
    expect(read.raw.data.name).toBeTypeOf('string');
    expect(readEntry(file, team('Harbour operations')).raw.body).toBeUndefined();
  });
});

describe('kindFiles', () => {
  it('lists a kind’s files, sorted, named from the site’s root, as the check and the loaders read them', async () => {
    const files = await kindFiles('services', ROOT, CONTENT);
    expect(files.map((f) => f.file)).toEqual([`${CONTENT}/services/book-a-berth.md`, `${CONTENT}/services/pay-harbour-dues.md`, `${CONTENT}/services/tide-data-api.md`]);
    expect(files.every((f) => f.collection === 'services' && !f.federated && path.isAbsolute(f.absolute))).toBe(true);
  });

  it('lists nothing for a kind the site does not have', async () => {
    expect(await kindFiles('standards', ROOT, CONTENT)).toEqual([]);
  });
});
