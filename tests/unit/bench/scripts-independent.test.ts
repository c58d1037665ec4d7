import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const IMPORT = /\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?\(?\s*["']([^"']+)["']/g;

/** Relative imports in a file (its path from the root) that land in tests/. */
function testImports(file: string, source = readFileSync(path.join(ROOT, file), 'utf8')): string[] {
  return [...source.matchAll(IMPORT)]
    .map((match) => match[1]!)
    .filter((specifier) => specifier.startsWith('.') && path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier)).startsWith(`tests${path.sep}`))
    .map((specifier) => `${file} imports ${specifier}`);
}

describe('scripts/', () => {
  it('imports nothing from tests/: shared code lives in scripts/ and tests re-export it', () => {
    const files = globSync('scripts/**/*.{ts,mts,js,mjs}', { cwd: ROOT });
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap((file) => testImports(file))).toEqual([]);
  });

  it('finds static, re-exported and dynamic imports from tests/, and only those', () => {
    const source = [
      "import { buildSite } from '../tests/support/site.ts';",
      "export * from '../../tests/support/quality/budgets.ts';",
      "const search = await import('../tests/e2e/support/browser.ts');",
      "import { BUDGETS } from './bench/budgets.ts';",
      "import { parse } from 'yaml';",
    ].join('\n');
    // One folder deeper, only ../../tests/ reaches tests/ (../tests/ would be scripts/tests/).
    expect(testImports('scripts/bench/x.ts', source)).toEqual(['scripts/bench/x.ts imports ../../tests/support/quality/budgets.ts']);
    expect(testImports('scripts/x.ts', source)).toEqual([
      'scripts/x.ts imports ../tests/support/site.ts',
      'scripts/x.ts imports ../tests/e2e/support/browser.ts',
    ]);
  });
});
