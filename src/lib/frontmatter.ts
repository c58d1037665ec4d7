/**
 * Reads the frontmatter of a content file the way authors see it: dates stay
 * as written (YAML 1.2 core schema, no timestamps) and every field keeps its
 * line number, so messages can point at the line to change.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface ParsedFile {
  /** Frontmatter (or the whole YAML file) as plain data; undefined when unreadable. */
  data: unknown;
  /** Line in the file where the YAML starts (1-based). */
  firstLine: number;
  /** Finds the 1-based file line of a field path such as ['sources', 0, 'url']. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Problems reading the YAML itself, with lines. */
  syntaxErrors: { line: number; message: string }[];
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;

export function parseContentFile(source: string, isDataFile: boolean): ParsedFile {
  let yamlText = source;
  let firstLine = 1;
  let body = '';
  if (!isDataFile) {
    const match = FRONTMATTER.exec(source);
    if (!match) {
      return {
        data: undefined,
        firstLine: 1,
        lineOf: () => 1,
        syntaxErrors: [{ line: 1, message: 'has no frontmatter: start the file with a line of three dashes (---), the fields, then another ---' }],
        body: source,
      };
    }
    yamlText = match[1];
    firstLine = 2;
    body = source.slice(match[0].length);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors = document.errors.map((error) => ({
    line: firstLine + (lineCounter.linePos(error.pos[0]).line - 1),
    message: `is not valid YAML: ${error.message.split('\n')[0]}`,
  }));

  function lineOf(path: readonly PropertyKey[]): number {
    // Walk as deep as the path exists; report the deepest node found.
    let node: Node | null | undefined = document.contents as Node | null;
    let offset = node?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value) === String(key));
        if (!pair) break;
        offset = (pair.key as Node | null)?.range?.[0] ?? offset;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return firstLine + (lineCounter.linePos(offset).line - 1);
  }

  return { data: syntaxErrors.length ? undefined : (document.toJS() ?? {}), firstLine, lineOf, syntaxErrors, body };
}
