/**
 * Finds plain (unquoted) values cut short by a comment: in
 * `communication: Banner on the service, post in #team-channel, email the owner`
 * YAML reads ` #team-channel…` as a comment, so the page would say only
 * "Banner on the service, post in". An intentional comment has a space after
 * `#` (`value  # note`); a `#` straight before a word is text that was lost.
 */
import { Scalar, visit, type Document } from 'yaml';
import { pathOf } from './paths.ts';

export interface CutValue {
  /** Offset of the `#` in the YAML text. */
  offset: number;
  path: PropertyKey[];
  /** What YAML kept. */
  kept: string;
  /** The whole value as written, which quotes would keep. */
  written: string;
}

export function findCutValues(document: Document, text: string): CutValue[] {
  const found: CutValue[] = [];
  visit(document, {
    Scalar(_key, node, ancestors) {
      if (node.type !== Scalar.PLAIN || !node.range || !node.comment) return;
      const [start, valueEnd, nodeEnd] = node.range;
      const trailing = text.slice(valueEnd, nodeEnd);
      const match = /^[ \t]+#(?=\S)/.exec(trailing);
      if (!match) return;
      const lineEnd = text.indexOf('\n', valueEnd);
      const written = text.slice(start, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '').trimEnd();
      found.push({ offset: valueEnd + match[0].length - 1, path: pathOf(ancestors, node), kept: String(node.value ?? ''), written });
    },
  });
  return found;
}

/** What to write instead: the value in double quotes (escaping what double quotes need). */
export function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
