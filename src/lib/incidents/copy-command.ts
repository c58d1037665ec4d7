/**
 * What a "Copy" button on a code block copies: the commands only.
 *
 * The convention (documented in CONTRIBUTING.md): in a block where any line
 * starts with `$ `, those lines are commands and every other line is output,
 * except a line that continues a command ending in `\`. The `$ ` prompt is
 * left out. A block with no `$ ` line is all command, copied as it is.
 */
const PROMPT = /^\s*\$ /;

export function commandText(block: string): string {
  const lines = block.replace(/\n+$/, '').split('\n');
  if (!lines.some((line) => PROMPT.test(line))) return lines.join('\n');
  const commands: string[] = [];
  let continuing = false;
  for (const line of lines) {
    if (PROMPT.test(line)) {
      commands.push(line.replace(PROMPT, ''));
    } else if (continuing) {
      commands.push(line);
    } else {
      continue;
    }
    continuing = /\\$/.test(line);
  }
  return commands.join('\n');
}

/** Whether a Markdown body has a fenced code block, so a page loads the copy script only when it has something to copy. */
export function hasCodeBlock(markdown: string | undefined): boolean {
  return /^ {0,3}(```|~~~)/m.test(markdown ?? '');
}
