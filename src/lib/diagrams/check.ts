/**
 * The content check's view of diagrams: every ```mermaid block is drawn once,
 * so a syntax error or a missing title fails `npm run check` with the file
 * and line, before the build would.
 */
import type { Finding } from '../core/findings.ts';
import { accessibilityProblem, DiagramError, drawDiagram, readDiagram } from './mermaid.ts';

const OPEN = /^ {0,3}(`{3,}|~{3,})\s*mermaid\b/;

/** Each ```mermaid block: its source and the file line of its opening fence. */
export function mermaidBlocks(text: string): { source: string; line: number }[] {
  const lines = text.split(/\r?\n/);
  const blocks: { source: string; line: number }[] = [];
  let fence: string | undefined;
  let start = -1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) {
        if (start >= 0) blocks.push({ source: lines.slice(start + 1, index).join('\n'), line: start + 1 });
        fence = undefined;
        start = -1;
      }
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!open) continue;
    fence = open[1];
    start = OPEN.test(line) ? index : -1;
  }
  return blocks;
}

export function checkDiagrams(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  for (const block of mermaidBlocks(text)) {
    const problem = accessibilityProblem(readDiagram(block.source));
    if (problem) findings.push({ file, line: block.line, message: `has a diagram that ${problem}` });
    try {
      drawDiagram(block.source);
    } catch (error) {
      if (!(error instanceof DiagramError)) throw error;
      findings.push({ file, line: block.line + 1 + error.line, message: `has a diagram Mermaid cannot read: ${error.message}. Check the diagram's syntax (https://mermaid.js.org/intro/syntax-reference.html).` });
    }
  }
  return findings;
}
