/**
 * One parse of a Markdown or MDX source per check, with Sätteri, the parser
 * the site renders with, shared by the link check and the safety lint.
 *
 * MDX's parser slows with the square of brace nesting (20,000 `{` on one line
 * take seconds), so a source nested deeper than any real page is reported
 * as an error without parsing it: the check always answers quickly, and the
 * build never gets that far.
 */
import { markdownToMdast, mdxToMdast, type Features, type MdastNode } from 'satteri';

/** Astro's defaults for its Sätteri pipeline: GFM and smart punctuation on (which changes heading slugs). */
export const MARKDOWN_FEATURES: Features = { gfm: true, smartPunctuation: true };

export const MAX_BRACE_DEPTH = 64;

/** What to write instead, for the usual cause: a brace or `<` meant as text. */
const MDX_HINT = '. In MDX, `{` and `<` start code and tags: write `\\{` or `\\<`, put the text in a code span, or make this a plain Markdown (.md) file, where they are text.';

export type ParsedBody = { tree: MdastNode; error?: undefined } | { tree?: undefined; error: { line: number; message: string } };

/** The first line where `{` nests deeper than MAX_BRACE_DEPTH, in one linear pass. */
function tooDeep(source: string): number | undefined {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 123 && ++depth > MAX_BRACE_DEPTH) return line;
    else if (c === 125 && depth > 0) depth--;
  }
  return undefined;
}

let last: { source: string; isMdx: boolean; result: ParsedBody } | undefined;

export function parseBody(source: string, isMdx: boolean): ParsedBody {
  if (last && last.source === source && last.isMdx === isMdx) return last.result;
  const result = parse(source, isMdx);
  last = { source, isMdx, result };
  return result;
}

function parse(source: string, isMdx: boolean): ParsedBody {
  const deep = isMdx ? tooDeep(source) : undefined;
  if (deep !== undefined) {
    return { error: { line: deep, message: `is not valid MDX: braces \`{\` nest more than ${MAX_BRACE_DEPTH} deep${MDX_HINT}` } };
  }
  try {
    return { tree: (isMdx ? mdxToMdast : markdownToMdast)(source, { features: MARKDOWN_FEATURES }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/(\d+):\d+/.exec(message)?.[1] ?? 1);
    return { error: { line, message: `is not valid ${isMdx ? 'MDX' : 'Markdown'}: ${message.split('\n')[0]}${isMdx ? MDX_HINT : ''}` } };
  }
}
