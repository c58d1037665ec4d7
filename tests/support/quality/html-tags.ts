/** The start-tag reader lives beside the page weighing that uses it (scripts/bench/html-tags.ts). */
export * from '../../../scripts/bench/html-tags.ts';
