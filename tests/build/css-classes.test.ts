/**
 * The global stylesheet carries only the GOV.UK override classes the site
 * uses, to stay inside the CSS budget; this proves every one a page uses exists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { globSync } from 'tinyglobby';
import { buildOnce, htmlPages, readPage } from '../support/site.ts';

const { outDir } = buildOnce({ name: 'site' });
const css = globSync('_astro/*.css', { cwd: outDir }).map((file) => readFileSync(path.join(outDir, file), 'utf8')).join('\n');

describe('GOV.UK override classes', () => {
  it.each(htmlPages(outDir))('%s uses only override classes the CSS defines', (page) => {
    const used = new Set([...readPage(outDir, page).matchAll(/class="[^"]*"/g)].flatMap((m) => m[0].match(/govuk-!-[a-z0-9-]+/g) ?? []));
    const missing = [...used].filter((name) => !css.includes(`.${name.replace('!', '\\!')}`));
    expect(missing).toEqual([]);
  });
});
