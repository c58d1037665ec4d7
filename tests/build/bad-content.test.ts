/** Bad frontmatter stops the build, and every problem is reported together with file, line, field and what to write. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/site.ts';

const result = buildSite({ name: 'bad-frontmatter', content: 'tests/fixtures/bad-frontmatter/content' });
const folder = 'tests/fixtures/bad-frontmatter/content/guidance/section';

describe('a build with bad frontmatter', () => {
  it('exits non-zero and writes no pages', () => {
    expect(result.status).not.toBe(0);
    expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  });

  it('names a misspelt key, its line, and the field meant', () => {
    expect(result.output).toContain(`${folder}/misspelt-key.md:7: has an unknown field \`ower\`. Did you mean \`owner\`?`);
    expect(result.output).toContain(`${folder}/misspelt-key.md:2: \`owner\` is required: the team that owns this page`);
  });

  it('says a missing title is required and what to write', () => {
    expect(result.output).toContain(`${folder}/missing-title.md:2: \`title\` is required: the page title, in sentence case`);
  });

  it('rejects an impossible date that YAML would silently roll over', () => {
    expect(result.output).toContain(
      `${folder}/impossible-date.md:5: \`lastReviewed\` must be a real date written YYYY-MM-DD, such as 2025-06-30`,
    );
  });

  it('reports all the problems in one run', () => {
    expect(result.output).toMatch(/4 problems in 3 content files/);
  });
});
