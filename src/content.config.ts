// The content collections, one per kind of content in the engine's registry (src/kinds/), with their schemas.
export { collections } from 'ops-manual/content';
