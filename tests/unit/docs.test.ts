/**
 * The documentation: a short README, and every command, path and link in the
 * README, CONTRIBUTING, CHANGELOG and docs/ is real. A reader mid-incident
 * copies what the docs say; a renamed script or a moved file must fail here,
 * not in their terminal.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Slugger from 'github-slugger';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { SETTINGS_FILE } from '../../src/settings.ts';
import { SOURCES_FILE } from '../../src/lib/sources/parse.ts';
import { kinds } from '../../src/kinds/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FILES = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...globSync('docs/**/*.md', { cwd: ROOT }).sort()];
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

/**
 * A path in `content/` is held to the engine's collection folders, not to the
 * files there: a department that replaces `content/` with its own must keep
 * `npm test` green (issue 20), so the example files the docs name
 * (`content/services/find-mentor-training.md`) are the reference content's
 * and are not checked here.
 */
const CONTENT_FOLDERS = new Set(Object.values(kinds).map((source) => source.folder));

function exists(name: string): boolean {
  if (name === `content/${SETTINGS_FILE}` || name === SOURCES_FILE) return true;
  if (name.startsWith('content/')) return name === 'content/' || CONTENT_FOLDERS.has(name.split('/')[1]!);
  return existsSync(path.join(ROOT, name));
}

/** Files the docs tell a reader to create, by name (the workflow in a service's own repository). */
const READER_CREATES = new Set(['src/client/analytics.ts', '.github/workflows/ops-manual.yml']);

/** Where a path in a code span is taken to be a path in this repository. */
const REPOSITORY_PATH = /^(?:src|scripts|tests|content|docs|templates|schemas|public|bin|\.github|\.vscode|\.ci)\//;

/** Markdown without fenced code blocks, so code spans and links are read from prose only. */
function prose(text: string): string {
  return text.replace(/^(```+|~~~+)[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
}

/** Every repository path in a file's `code spans` (commands included), with placeholders (`<id>`, `*`, `…`) cut off. */
function pathsIn(text: string): string[] {
  const paths: string[] = [];
  for (const [, span] of prose(text).matchAll(/(?<!`)`([^`\n]+)`(?!`)/g)) {
    for (const word of span!.split(/\s+/)) {
      const candidate = word.replace(/^["'(]+|["'),;]+$/g, '').replace(/(?::\d+)+:?$/, '').replace(/#.*$/, '');
      if (!REPOSITORY_PATH.test(candidate)) continue;
      // Cut at the first segment that is a placeholder or a pattern: `src/lib/<concept>/` names `src/lib/`.
      const segments = candidate.split('/');
      const placeholder = segments.findIndex((segment) => /[<>{}*…$]/.test(segment));
      paths.push(placeholder === -1 ? candidate : `${segments.slice(0, placeholder).join('/')}/`);
    }
  }
  return paths;
}

/** The heading anchors GitHub makes for a Markdown file. */
function anchors(text: string): Set<string> {
  const slugger = new Slugger();
  return new Set([...prose(text).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)].map((m) => slugger.slug(m[1]!.replace(/`/g, ''))));
}

describe('README.md', () => {
  const readme = read('README.md');
  it('is a short front door: at most 1,200 words', () => {
    expect(readme.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(1200);
  });
  it('gives exactly the two set-up commands', () => {
    const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!.trim());
    expect(blocks).toEqual(['npm install && npm run build', 'npm test']);
  });
  it('has one screenshot, committed and small', () => {
    const images = [...readme.matchAll(/!\[([^\]]+)\]\(([^)]+)\)/g)];
    expect(images).toHaveLength(1);
    const file = path.join(ROOT, images[0]![2]!);
    expect(existsSync(file), images[0]![2]).toBe(true);
    expect(readFileSync(file).length).toBeLessThan(150_000);
  });
});

describe.each(FILES)('%s', (file) => {
  const text = read(file);

  it('names only npm scripts that exist', () => {
    const named = [...text.matchAll(/npm run (?:-s |--silent )?([a-z][\w:.-]*)/g)].map((m) => m[1]!);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('links only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const [, target] of prose(text).replace(/`[^`\n]+`/g, '').matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^(?:[a-z]+:|\/)/i.test(target!)) continue; // web addresses and site paths
      const [file_, anchor] = target!.split('#') as [string, string | undefined];
      const linked = file_ ? path.join(path.dirname(path.join(ROOT, file)), decodeURIComponent(file_)) : path.join(ROOT, file);
      if (!existsSync(linked)) broken.push(target!);
      else if (anchor && linked.endsWith('.md') && !anchors(readFileSync(linked, 'utf8')).has(anchor)) broken.push(target!);
    }
    expect(broken).toEqual([]);
  });
});

// The changelog names paths as they were in each version, so only the other files are held to today's tree.
describe.each(FILES.filter((file) => file !== 'CHANGELOG.md'))('%s paths', (file) => {
  const text = read(file);
  it('names only repository paths that exist', () => {
    const missing = pathsIn(text).filter(
      (name) => !READER_CREATES.has(name) && !name.startsWith('tests/.output/') && !exists(name),
    );
    expect(missing).toEqual([]);
  });
});

describe('the repository', () => {
  it('has a LICENCE (MIT for the code) and a CHANGELOG from 0.2.0', () => {
    expect(read('LICENCE')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 ops-manual contributors/);
    expect(read('CHANGELOG.md')).toMatch(/^## \[0\.2\.0\]/m);
  });
});
