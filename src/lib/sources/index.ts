/**
 * Federated sources: service manuals and run books kept in each service's own
 * repository, listed in `content/sources.yaml` and fetched with git.
 * Standalone for now: the content loader wires it in.
 */
export { parseSources, sameRepository, SOURCES_FILE, type ListedSource, type ParsedSources } from './parse.ts';
export { sourceEntrySchema, type SourceEntry } from './schema.ts';
export { cacheKey, fetchSources, SourcesFetchError, type FetchedSource, type FetchOptions, type SourceFailure, type SourceFile, type SourceRequest } from './fetch.ts';
export { gitRunner, GitError, type GitRunner } from './git.ts';
export { redact } from './redact.ts';
