#!/usr/bin/env node
/**
 * The `ops-manual` command (src/cli/main.ts). The engine is TypeScript that
 * Node runs by stripping the types. Node will not strip types inside
 * node_modules, where a site installs the engine, so this hook strips the
 * engine's own files there the same way (no other code is touched).
 */
import { readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const engine = new URL('../', import.meta.url).href;

// Node calls the type stripper experimental and says so on every run; everything else it warns about still shows.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = (warning, ...rest) => (String(warning).includes('stripTypeScriptTypes') ? undefined : emitWarning(warning, ...rest));

registerHooks({
  load(url, context, nextLoad) {
    const inEngine = url.startsWith(engine) && !url.slice(engine.length).includes('node_modules/');
    if (inEngine && url.includes('/node_modules/') && /\.ts(\?|$)/.test(url)) {
      const source = readFileSync(fileURLToPath(url.replace(/\?.*$/, '')), 'utf8');
      return { format: 'module', source: stripTypeScriptTypes(source), shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});

await import('../src/cli/main.ts');
