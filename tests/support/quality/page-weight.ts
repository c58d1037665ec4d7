/** Page weighing lives beside the benchmark that also uses it (scripts/bench/page-weight.ts). */
export * from '../../../scripts/bench/page-weight.ts';
