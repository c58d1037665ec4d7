/**
 * What pages need to know of an entry's Markdown body: whether it says
 * anything, and whether it has a code block to copy. The loader works them out
 * when it renders a file and keeps them with the rendered page, so Astro's data
 * store (which the build bundles whole) need not carry every body beside its
 * HTML: at 3,000 guidance pages the store is 23 MB instead of 37 MB.
 */
import { hasCodeBlock } from '../incidents/copy-command.ts';
import { hasBodyText } from '../services/format.ts';

export interface BodyFacts {
  /** The body says something (MDX comments aside). */
  text: boolean;
  /** The body has a fenced code block. */
  codeBlock: boolean;
}

/** Where the loader keeps the facts, in the rendered entry's metadata. */
export const BODY_FACTS_KEY = 'opsManualBody';

export function bodyFactsOf(body: string | undefined): BodyFacts {
  return { text: hasBodyText(body), codeBlock: hasCodeBlock(body) };
}

/** An entry's body facts: those the loader kept, or from its body (MDX, which is compiled when its page renders, keeps its body). */
export function bodyFacts(entry: { body?: string; rendered?: { metadata?: Record<string, unknown> } }): BodyFacts {
  return (entry.rendered?.metadata?.[BODY_FACTS_KEY] as BodyFacts | undefined) ?? bodyFactsOf(entry.body);
}
