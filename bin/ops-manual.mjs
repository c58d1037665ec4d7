#!/usr/bin/env node
/**
 * The `ops-manual` command (src/cli/main.ts). The engine is TypeScript that
 * Node runs by stripping the types, in node_modules too (src/strip-engine-types.mjs).
 */
import '../src/strip-engine-types.mjs';

await import('../src/cli/main.ts');
