/**
 * Reads the frontmatter of a content file the way authors see it: dates stay
 * as written (YAML 1.2 core schema, no timestamps) and every field keeps its
 * line number, so messages can point at the line to change. YAML's own errors
 * are explained in words an author can act on (src/lib/yaml/), and a value
 * that YAML would silently cut at a `#word` is an error.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { findCutValues, quoted } from '../yaml/cut-values.ts';
import { firstAliasOffset, MAX_ALIAS_COUNT, MAX_DEPTH, nestingDepth, tooDeepInText } from '../yaml/limits.ts';
import { duplicateKeys, explainYamlErrors } from '../yaml/messages.ts';
import { fieldName } from '../core/findings.ts';

export interface YamlFinding {
  line: number;
  /** The field, such as `severities[0].communication`, when known. */
  field?: string;
  message: string;
}

export interface ParsedFile {
  /** Frontmatter (or the whole YAML file) as plain data; undefined when unreadable. */
  data: unknown;
  /** Line in the file where the YAML starts (1-based). */
  firstLine: number;
  /** Finds the 1-based file line of a field path such as ['sources', 0, 'url']. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Problems reading the YAML itself, with lines; when there are any, `data` is undefined. */
  syntaxErrors: YamlFinding[];
  /** Problems in YAML that reads, such as a value cut short by `#`: errors, but the data is still checked. */
  problems: YamlFinding[];
  body: string;
}

const DEEP = `nests lists or fields more than ${MAX_DEPTH} levels deep: flatten it (no field needs more than a few levels).`;

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
        problems: [],
        body: source,
      };
    }
    yamlText = match[1];
    firstLine = 2;
    body = source.slice(match[0].length);
  }
  const lineCounter = new LineCounter();
  const tooDeep = tooDeepInText(yamlText);
  if (tooDeep !== undefined) {
    const line = firstLine + yamlText.slice(0, tooDeep).split('\n').length - 1;
    return { data: undefined, firstLine, lineOf: () => line, syntaxErrors: [{ line, message: DEEP }], problems: [], body };
  }
  const document = parseDocument(yamlText, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number) => firstLine + (lineCounter.linePos(offset).line - 1);
  const named = (problem: { line: number; field?: PropertyKey[]; message: string }): YamlFinding => ({
    line: problem.line,
    field: problem.field?.length ? fieldName(problem.field) : undefined,
    message: problem.message,
  });
  const syntaxErrors: YamlFinding[] = [
    ...explainYamlErrors(yamlText, document.errors, lineCounter, firstLine).map(named),
    ...(document.errors.some((e) => e.code === 'DUPLICATE_KEY') ? duplicateKeys(document, lineCounter, firstLine).map(named) : []),
  ];

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
    return fileLine(offset);
  }

  const unreadable = (errors: YamlFinding[]): ParsedFile => ({ data: undefined, firstLine, lineOf, syntaxErrors: errors, problems: [], body });
  if (syntaxErrors.length) return unreadable(syntaxErrors);

  const deepest = nestingDepth(document);
  if (deepest.depth > MAX_DEPTH) {
    return unreadable([{ line: fileLine(deepest.offset), message: DEEP }]);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return unreadable([
      {
        line: fileLine(firstAliasOffset(document)),
        message: `uses YAML aliases (\`*name\`) that expand to more than ${MAX_ALIAS_COUNT} copies: write the values out, or use fewer aliases.`,
      },
    ]);
  }

  const problems: YamlFinding[] = findCutValues(document, yamlText).map((cut) => ({
    line: fileLine(cut.offset),
    field: cut.path.length ? fieldName(cut.path) : undefined,
    message:
      `is cut short at \`#\`: YAML reads \` #\` as the start of a comment, so the page would say only "${cut.kept}". ` +
      `Put the whole value in quotes: ${typeof cut.path.at(-1) === 'string' ? `${String(cut.path.at(-1))}: ` : '- '}${quoted(cut.written)}`,
  }));
  return { data, firstLine, lineOf, syntaxErrors, problems, body };
}
