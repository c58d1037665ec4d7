/** Comparing two built trees lives beside the benchmark that also uses it (scripts/bench/tree-hash.ts). */
export * from '../../../scripts/bench/tree-hash.ts';
