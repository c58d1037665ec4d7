/**
 * A worker thread of the output gate (src/integrations/output-gate.ts): runs
 * gateFiles() on its share of the built files and posts back each file's
 * problems. Plain JavaScript, so it can register the type-stripping hook
 * before it loads the engine's TypeScript, wherever the engine is installed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import '../../../strip-engine-types.mjs';

const { gateFiles } = await import('./files.ts');
parentPort.postMessage(await gateFiles(workerData));
