/**
 * `npm run check` gives one verdict per mistake and never crashes: a file it
 * cannot read is a finding naming the file, with no stack trace, and a file
 * that fails its own schema does not make the files that name it fail too.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/check.ts';

const fixture = (name: string) => `tests/fixtures/${name}/content`;
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

describe('a 6,000-deep blockquote', () => {
  const folder = fixture('verdict-deep-nesting');
  const result = runScript('check', folder);
  it('is one finding at its line, not a crash (in MDX it crashes the build)', () => {
    expect(result.output).not.toMatch(STACK_TRACE);
    expect(result.output).not.toContain('Maximum call stack');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `  ${folder}/guidance/section/problem.md:12: nests quotes, lists or elements more than 100 levels deep, which the site cannot render: flatten it\n`,
    );
    expect(result.stderr).toContain('1 problem in 1 content file:');
  });
});

describe('a file whose parser throws (a YAML alias bomb)', () => {
  const folder = fixture('verdict-parser-crash');
  const result = runScript('check', folder);
  it('is one finding naming the file, with no stack trace', () => {
    expect(result.status).toBe(1);
    expect(result.output).not.toMatch(STACK_TRACE);
    expect(result.stderr).toContain(`  ${folder}/teams/editors.yaml:`);
    expect(result.stderr).toContain('1 problem in 1 content file:');
  });
});

describe('a service that fails its schema', () => {
  const folder = fixture('verdict-one-mistake');
  const result = runScript('check', folder);
  it('reports the one mistake, not the run books, dependencies and links that name the service', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `  ${folder}/services/find-training.mdx:3: \`phase\` must be one of: discovery, alpha, beta, live, retiring, retired (found \`production\`).\n`,
    );
    expect(result.stderr).toContain('1 problem in 1 content file:');
    expect(result.stderr).not.toContain('which is not in content/services/');
    expect(result.stderr).not.toContain('which is not a page on this site');
  });
});

describe('file names that are not ids', () => {
  const folder = fixture('verdict-file-names');
  const result = runScript('check', folder);
  it('are each an error naming the file (they would silently publish no page)', () => {
    expect(result.status).toBe(1);
    for (const [name, suggestion] of [
      ['50%-off', '50-off'],
      ['Incident-Response', 'incident-response'],
      ['costs 2025', 'costs-2025'],
      ['what#next', 'what-next'],
    ]) {
      expect(result.stderr).toContain(
        `  ${folder}/guidance/section/${name}.md:1: has a file name that cannot be a page address: use lower-case letters, digits and hyphens only, such as ${suggestion}.md\n`,
      );
    }
    expect(result.stderr).toContain('4 problems in 4 content files:');
  });
});

describe('old addresses that the site already generates', () => {
  const folder = fixture('verdict-old-paths');
  const file = `${folder}/guidance/section/problem.md`;
  const result = runScript('check', folder);
  it('are each an error at the line of the old address, naming what generates it', () => {
    expect(result.status).toBe(1);
    const expected = [
      [10, 1, '/', 'src/routes/index.astro'],
      [11, 2, '/search/', 'src/routes/search.astro'],
      [12, 3, '/services.json/', 'src/routes/services.json.ts'],
      [13, 4, '/checklists.json/', 'src/routes/checklists.json.ts'],
      [14, 5, '/api/pages.json/', 'src/routes/api/pages.json.ts'],
      [15, 6, '/whats-new/feed.xml/', 'src/routes/whats-new/feed.xml.ts'],
      [16, 7, '/favicon.svg/', 'public/favicon.svg'],
      [17, 8, '/favicon.svg/old/', 'public/favicon.svg'],
      [18, 9, '/sitemap.xml/', 'src/integrations/sitemap.ts'],
      [19, 10, '/robots.txt/', 'src/integrations/sitemap.ts'],
      [20, 11, '/pagefind/', 'src/integrations/search-index.ts'],
      [21, 12, '/checklists/going-live/', 'src/routes/checklists/[id].astro'],
      [22, 13, '/services/find-training/catalog-info.yaml/', 'src/routes/services/[id]/catalog-info.yaml.ts'],
    ] as const;
    for (const [line, index, url, source] of expected) {
      expect(result.stderr).toMatch(new RegExp(`^  ${escape(file)}:${line}: \`oldPaths\\[${index}\\]\` redirects ${escape(url)} here, but ${escape(source)} `, 'm'));
    }
    expect(result.stderr).toContain(`${expected.length} problems in 1 content file:`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('a page that fails its schema and has an MDX syntax error', () => {
  const folder = fixture('verdict-mdx-and-schema');
  const result = runScript('check', folder);
  it('reports both at once, each at its line', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`  ${folder}/services/find-training.mdx:3: \`phase\` must be one of`);
    expect(result.stderr).toContain(`  ${folder}/services/find-training.mdx:11: is not valid MDX: `);
    expect(result.stderr).toContain('2 problems in 1 content file:');
  });
});
