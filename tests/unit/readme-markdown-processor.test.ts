/**
 * docs/markdown.md: the site's guarantees (the sanitiser, diagrams, callouts, sub-path links)
 * live in the processor's plugin list that the opsManual() integration sets (src/index.ts). Documentation must never show a processor
 * setup that leaves them out: a reader who copies it silently loses the content safety lint's second half.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { globSync } from 'tinyglobby';
import { ROOT } from '../support/site.ts';

const required = ['sanitiseContent', 'mermaidDiagrams', 'callouts', 'baseLinks'];

/** Every `processor: …(…)` call written in a text, with the text up to its closing bracket. */
function processorSetups(text: string): string[] {
  const setups: string[] = [];
  for (const match of text.matchAll(/processor:\s*\w+\(/g)) {
    let depth = 0;
    let end = match.index + match[0].length - 1;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    setups.push(text.slice(match.index, end + 1));
  }
  return setups;
}

describe('Markdown processor setups in the documentation', () => {
  it('finds a setup and what it leaves out (the helper works)', () => {
    expect(processorSetups('x processor: unified({ remarkPlugins: [remarkGfm] }), y')).toEqual(['processor: unified({ remarkPlugins: [remarkGfm] })']);
  });

  it('the integration sets a processor with every plugin the guarantees rest on', () => {
    const setups = processorSetups(readFileSync(path.join(ROOT, 'src/index.ts'), 'utf8'));
    expect(setups).toHaveLength(1);
    for (const plugin of required) expect(setups[0]).toContain(plugin);
  });

  for (const file of ['README.md', 'CONTRIBUTING.md', 'astro.config.mjs', 'src/index.ts', ...globSync('docs/**/*.md', { cwd: ROOT })]) {
    it(`${file} shows no processor setup without the sanitiser, diagrams, callouts and sub-path links, and never advises switching to unified()`, () => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const setup of processorSetups(text)) for (const plugin of required) expect(setup, `${file}: ${setup}`).toContain(plugin);
      expect(text).not.toMatch(/switch(?:es|ing)? to (?:the )?unified|unified\(\)/i);
    });
  }
});
