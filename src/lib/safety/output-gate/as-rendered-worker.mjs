/**
 * The worker thread of the output gate as pages are rendered
 * (as-rendered.ts): gates each page's bytes it is sent, as a page that is
 * not a redirect page, reads its links and ids, and, when told to finish,
 * posts back what it found on each page by the fingerprint of its bytes.
 * Plain JavaScript, so it can register the type-stripping hook before it
 * loads the engine's TypeScript.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import '../../../strip-engine-types.mjs';

const { fingerprint } = await import('./as-rendered.ts');
const { gateProblems } = await import('./rules.ts');
const { linkTargets } = await import('../../links/html-links.ts');
const { outDir, base, csp } = workerData;
const gated = new Map();

/**
 * One copy of each link and id across the pages. A string the link reader
 * cut out of a page can hold the whole page in memory (V8 keeps a slice's
 * parent), so each is kept as a copy of its own, once.
 */
const strings = new Map();
function keep(text) {
  let kept = strings.get(text);
  if (kept === undefined) {
    // The copy is the key too: the cut-out string must not stay in the map.
    kept = Buffer.from(text, 'utf8').toString('utf8');
    strings.set(kept, kept);
  }
  return kept;
}
function kept({ urls, ids }) {
  return { urls: urls.map(keep), ids: ids.map(keep) };
}

// Messages sent before this listener was added wait for it.
parentPort.on('message', (message) => {
  if (message === 'finish') {
    parentPort.postMessage([...gated]);
    return;
  }
  // Read as the gate reads a built file (readFile as UTF-8), so the same bytes give the same answer.
  const asked = [];
  const exists = (file) => {
    const there = existsSync(path.join(outDir, file));
    asked.push([file, there]);
    return there;
  };
  const html = Buffer.from(message.buffer, message.byteOffset, message.byteLength).toString('utf8');
  gated.set(fingerprint(message), { problems: gateProblems(html, { base, redirect: false, exists, csp }), asked, links: kept(linkTargets(html)) });
});
