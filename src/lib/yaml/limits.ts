/**
 * Limits that keep hostile or broken YAML from stalling or crashing the
 * check: an alias bomb ("billion laughs") and structures nested hundreds of
 * levels deep become findings, never a stack trace.
 */
import { isAlias, isCollection, isPair, type Document, type Node } from 'yaml';

/** Alias expansions allowed when reading one file (the yaml package's own default). */
export const MAX_ALIAS_COUNT = 100;

/** Deeper than any schema field (the deepest is about five levels). */
export const MAX_DEPTH = 64;

/**
 * A quick look at the text before parsing, so a file nested thousands of
 * levels deep is refused without asking the parser (which slows down, then
 * gives up with "Maximum call stack size exceeded"). Counts `[`/`{` outside
 * quotes and comments, and leading spaces. Returns the offset of the first
 * place that goes too deep, or undefined.
 */
export function tooDeepInText(text: string, limit = MAX_DEPTH): number | undefined {
  let depth = 0;
  let quote = '';
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      if (quote === "'" || quote === '"') continue;
      continue;
    }
    if (lineStart) {
      if (c === ' ' || c === '-') {
        indent++;
        if (indent > limit * 4) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end - 1;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth > limit) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** How deep the document nests, measured without recursion; stops counting past `limit`. */
export function nestingDepth(document: Document, limit = MAX_DEPTH): { depth: number; offset: number } {
  const stack: { node: unknown; depth: number }[] = [{ node: document.contents, depth: 0 }];
  let deepest = { depth: 0, offset: 0 };
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > deepest.depth) deepest = { depth, offset: (node as Node | null)?.range?.[0] ?? deepest.offset };
    if (depth > limit) return deepest;
    if (isCollection(node)) for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    else if (isPair(node)) {
      stack.push({ node: node.key, depth });
      stack.push({ node: node.value, depth });
    }
  }
  return deepest;
}

/** Offset of the first alias (`*name`), to point a too-many-aliases finding at. */
export function firstAliasOffset(document: Document): number {
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) return node.range?.[0] ?? 0;
    if (isCollection(node)) stack.push(...[...node.items].reverse());
    else if (isPair(node)) stack.push(node.value, node.key);
  }
  return 0;
}
