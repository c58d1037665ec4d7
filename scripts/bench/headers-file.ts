/**
 * Reads a Netlify / Cloudflare Pages `_headers` file: a path pattern on its
 * own line, then indented `Name: value` lines that apply to matching paths.
 * The browser tests' server sends the headers from this file, so the CSP the
 * tests enforce is the one the host will send.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path, found "${line.trim()}"`);
    rule.headers.push([match[1]!, match[2]!.trim()]);
  }
  return rules;
}

/** Headers for a site path (without the base), from every rule whose pattern matches. `*` matches anything. */
export function headersFor(rules: HeaderRule[], sitePath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.split('*').map(escapeRegExp).join('.*')}$`);
    if (pattern.test(sitePath)) for (const [name, value] of rule.headers) headers[name] = value;
  }
  return headers;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
