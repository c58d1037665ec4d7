/**
 * Lets Node run the engine's TypeScript wherever it is installed. Node strips
 * types by itself, except inside node_modules, where a site installs the
 * engine: this hook strips the engine's own files there the same way (no
 * other code is touched). Used by the `ops-manual` command and by the build's
 * worker threads (hooks belong to the thread that registers them).
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
