/** The `_headers` reader lives beside the static server that sends its headers (scripts/bench/headers-file.ts). */
export * from '../../../scripts/bench/headers-file.ts';
