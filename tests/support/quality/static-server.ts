/** The static server lives beside the search benchmark that also uses it (scripts/bench/static-server.ts). */
export * from '../../../scripts/bench/static-server.ts';
