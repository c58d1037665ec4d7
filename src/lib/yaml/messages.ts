/**
 * Turns the YAML parser's errors into messages an author can act on: the
 * line to change, and what to indent under what. The parser reports an
 * over-indented line one line early ("Implicit keys need to be on a single
 * line"), and a duplicate key without the first one's line.
 */
import { isMap, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import { keyText, pathOf } from './paths.ts';

export interface YamlProblem {
  /** 1-based line in the file. */
  line: number;
  field?: PropertyKey[];
  message: string;
}

interface Line {
  /** 1-based line in the file (the YAML may start after a `---` line). */
  number: number;
  text: string;
  indent: number;
  /** Column where the key starts (after any `- `). */
  column: number;
  /** Whether the line starts a list item (`- `). */
  item: boolean;
  /** The key on this line (`- key:` included), if any. */
  key?: string;
  /** Whether the key has a value on the same line. */
  hasValue: boolean;
}

const KEY_LINE = /^(\s*)(?:-\s+)?([^\s#'"{[][^:#]*?|"[^"]*"|'[^']*'):(?:\s+(.*))?$/;

function readLines(text: string, firstLine: number): Line[] {
  return text.split(/\r?\n/).map((raw, index) => {
    const text = raw.replace(/\s+#\s.*$/, '');
    const match = KEY_LINE.exec(text);
    const indent = /^ */.exec(raw)![0].length;
    const column = /^\s*(?:-\s+)*/.exec(raw)![0].length;
    return { number: firstLine + index, text: raw, indent, column, item: column > indent, key: match?.[2].trim(), hasValue: Boolean(match?.[3]?.trim()) };
  });
}

const blank = (line: Line) => line.text.trim() === '' || line.text.trim().startsWith('#');

/** The nearest line above `index` that opens a block (a key with no value) and is indented less than `indent`. */
function parentAbove(lines: Line[], index: number, indent: number): { index: number; key: string } | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i];
    if (blank(line) || line.indent >= indent) continue;
    return line.key && !line.hasValue ? { index: i, key: line.key } : undefined;
  }
  return undefined;
}

const under = (parent: { key: string } | undefined) => (parent ? `under \`${parent.key}:\`` : 'at the top level');
const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;

/** Over-indented line after a field that already has a value, or a `: ` inside an unquoted value. */
function explainImplicitKey(lines: Line[], index: number): YamlProblem {
  const line = lines[index];
  const valueText = /:\s+(.*)$/.exec(line.text.replace(/^\s*-\s+/, ''))?.[1] ?? '';
  let next = index + 1;
  while (next < lines.length && blank(lines[next])) next++;
  const following = lines[next];
  if (following && following.indent > line.column && line.key && line.hasValue) {
    const parent = parentAbove(lines, index, line.indent);
    const what = following.key ? `\`${following.key}\`` : 'This line';
    const where = line.item && parent ? `in the same list item under \`${parent.key}:\`` : under(parent);
    return {
      line: following.number,
      message:
        `is indented more than \`${line.key}\` on line ${line.number}, which already has a value, so YAML cannot read it. ` +
        `${what} is a field beside \`${line.key}\`: indent it by ${spaces(line.column)}, the same as \`${line.key}\`, to put it ${where}` +
        (following.key ? '' : `, or join it to the line above`) +
        '.',
    };
  }
  if (/:\s/.test(valueText) && line.key) {
    return {
      line: line.number,
      field: [line.key],
      message: `has \`: \` inside its value, which YAML reads as another field. Put the value in quotes: ${line.key}: "${valueText.trim().replace(/"/g, '\\"')}"`,
    };
  }
  return { line: line.number, message: 'is not valid YAML here: check its indentation against the lines above, and put a value with `: ` or `#` in quotes' };
}

/** A line indented to a column no sibling uses. */
function explainBadIndent(lines: Line[], index: number): YamlProblem {
  const line = lines[index];
  const parent = parentAbove(lines, index, line.indent);
  let sibling: { index: number; key?: string; indent: number } | undefined;
  for (let i = index - 1; i >= 0; i--) {
    if (blank(lines[i])) continue;
    if (parent && i <= parent.index) break;
    if (lines[i].indent > line.indent) sibling = { index: i, key: lines[i].key, indent: lines[i].indent };
    else break;
  }
  const what = line.key ? `\`${line.key}\`` : 'This line';
  if (sibling) {
    const siblingParent = parentAbove(lines, sibling.index, sibling.indent);
    return {
      line: line.number,
      message:
        `is indented ${spaces(line.indent)}, which lines up with no field above it. ${what} goes ${under(siblingParent)}: ` +
        `indent it by ${spaces(sibling.indent)}, like ${sibling.key ? `\`${sibling.key}\`` : 'the line'} on line ${lines[sibling.index].number}` +
        (parent ? `, or by ${spaces(lines[parent.index].indent)} to put it beside \`${parent.key}\`` : '') +
        '.',
    };
  }
  return { line: line.number, message: `is indented ${spaces(line.indent)}, which lines up with no field above it: indent it like the fields beside it.` };
}

/** A field indented to no column inside a list item. */
function explainListIndent(lines: Line[], index: number): YamlProblem {
  const line = lines[index];
  for (let i = index - 1; i >= 0; i--) {
    const above = lines[i];
    if (blank(above) || above.indent > line.indent) continue;
    if (!above.item || !above.key) break;
    const what = line.key ? `\`${line.key}\`` : 'This line';
    return {
      line: line.number,
      message: `is indented ${spaces(line.indent)}, which lines up with no field of the list item on line ${above.number}. ${what} belongs in that item: indent it by ${spaces(above.column)}, like \`${above.key}\`, or start a new item with \`- \`.`,
    };
  }
  return { line: line.number, message: `is indented ${spaces(line.indent)}, which lines up with no field above it: indent it like the fields beside it.` };
}

function explainOne(error: YAMLError, lines: Line[], lineCounter: LineCounter): YamlProblem {
  const index = Math.min(lineCounter.linePos(error.pos[0]).line - 1, lines.length - 1);
  const at = lines[index].number;
  const first = error.message.split('\n')[0];
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return explainImplicitKey(lines, index);
    case 'BAD_INDENT':
      if (/^Flow (sequence|mapping)/.test(first)) return { line: at, message: `has a \`${first.startsWith('Flow sequence') ? '[' : '{'}\` list that is never closed: close it on the same line, or write one item a line with \`- \`.` };
      return explainBadIndent(lines, index);
    case 'TAB_AS_INDENT':
      return { line: at, message: 'is indented with a tab: YAML needs spaces. Replace the tab with spaces (two for each level).' };
    case 'MISSING_CHAR':
      if (/without - indicator/.test(first)) return explainListIndent(lines, index);
      if (/quote/i.test(first)) return { line: at, message: 'has a quote that is never closed: end the quoted value with the same quote mark on the line it starts.' };
      break;
  }
  if (/call stack/i.test(first)) return { line: at, message: 'nests lists or fields too deeply for the check to read: flatten it (no field needs more than a few levels).' };
  return { line: at, message: `is not valid YAML: ${first}` };
}

/** The parser's errors, explained, one per line and message; duplicate keys come from `duplicateKeys`. */
export function explainYamlErrors(text: string, errors: readonly YAMLError[], lineCounter: LineCounter, firstLine = 1): YamlProblem[] {
  const lines = readLines(text, firstLine);
  const seen = new Set<string>();
  const problems: YamlProblem[] = [];
  for (const error of errors) {
    if (error.code === 'DUPLICATE_KEY') continue;
    const problem = explainOne(error, lines, lineCounter);
    const id = `${problem.line}:${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  // One line, one message: the parser's raw words only where nothing better was said about the line.
  const generic = (p: YamlProblem) => p.message.startsWith('is not valid YAML');
  return problems.filter((p, i) => !generic(p) || !problems.some((other, j) => other.line === p.line && (!generic(other) || j < i)));
}

/** Every key written twice in one mapping, naming both lines. */
export function duplicateKeys(document: Document, lineCounter: LineCounter, firstLine = 1): YamlProblem[] {
  const problems: YamlProblem[] = [];
  visit(document, {
    Map(_key, map, ancestors) {
      if (!isMap(map)) return;
      const seenOn = new Map<string, number>();
      for (const pair of map.items) {
        const name = keyText(pair.key);
        const offset = (pair.key as { range?: [number, number, number] } | null)?.range?.[0];
        if (offset === undefined) continue;
        const line = firstLine - 1 + lineCounter.linePos(offset).line;
        const earlier = seenOn.get(name);
        if (earlier === undefined) {
          seenOn.set(name, line);
          continue;
        }
        const path = [...pathOf(ancestors, map), name];
        problems.push({
          line,
          field: path,
          message: `is written twice, on lines ${earlier} and ${line}: YAML keeps only one. Merge them into one \`${name}:\`, or delete one.`,
        });
      }
    },
  });
  return problems;
}
