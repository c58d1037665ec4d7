/**
 * Reads `content/sources.yaml` with the same YAML reader as every other
 * content file (line numbers kept, YAML's own errors explained), checks each
 * entry against `sourceEntrySchema`, and reports a repository and folder
 * listed twice. Every problem is a Finding: file, line, field, what to write.
 */
import { fieldName, type Finding } from '../core/findings.ts';
import { parseContentFile } from '../content/frontmatter.ts';
import { withoutCredentials } from './redact.ts';
import { sourceEntrySchema, type SourceEntry } from './schema.ts';

export const SOURCES_FILE = 'content/sources.yaml';

export interface ListedSource extends SourceEntry {
  /** 1-based line of the entry's `- repository:` in sources.yaml. */
  line: number;
}

export interface ParsedSources {
  /** The entries that passed every check, in file order. */
  entries: ListedSource[];
  findings: Finding[];
}

const EXAMPLE = '- repository: https://github.com/example-org/report-mentor-funding.git';

/** The same repository however it is written: no credentials, no `.git`, no trailing `/`, host in lower case. */
export function sameRepository(repository: string): string {
  const bare = withoutCredentials(repository).replace(/\/+$/, '').replace(/\.git$/i, '');
  return bare.replace(/^([a-z][a-z0-9+.-]*:\/\/(?:[^/@]*@)?)?([^/:]+)/i, (_all, scheme: string | undefined, host: string) => `${(scheme ?? '').toLowerCase()}${host.toLowerCase()}`);
}

export function parseSources(text: string, file = SOURCES_FILE): ParsedSources {
  const parsed = parseContentFile(text, true);
  const findings: Finding[] = [...parsed.syntaxErrors, ...parsed.problems].map((problem) => ({ file, ...problem }));
  if (parsed.data === undefined) return { entries: [], findings };
  // An empty file (or only comments) lists no sources; YAML reads it as {} or null.
  const data = text.replace(/#.*$/gm, '').trim() === '' ? [] : parsed.data;
  if (!Array.isArray(data)) {
    findings.push({ file, line: parsed.firstLine, message: `must be a list of sources, each starting with \`- repository:\` and with its \`path\` on the next line, such as ${EXAMPLE}` });
    return { entries: [], findings };
  }
  const entries: ListedSource[] = [];
  const firstSeen = new Map<string, number>();
  data.forEach((item, index) => {
    const line = parsed.lineOf([index]);
    const result = sourceEntrySchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const keys = (issue as { keys?: string[] }).keys;
        const path = [index, ...issue.path];
        const messages = keys?.length ? issue.message.split('; ') : [issue.message];
        (keys?.length ? keys : [undefined]).forEach((key, k) => {
          findings.push({ file, line: parsed.lineOf(key === undefined ? path : [...path, key]), field: fieldName(path), message: messages[k] ?? issue.message });
        });
      }
      return;
    }
    const identity = `${sameRepository(result.data.repository)} ${result.data.path}`;
    const earlier = firstSeen.get(identity);
    if (earlier !== undefined) {
      findings.push({
        file,
        line,
        field: fieldName([index, 'repository']),
        message: `lists the same repository and path as line ${earlier}: each folder of manuals is listed once. Delete this entry, or change its \`path\`.`,
      });
      return;
    }
    firstSeen.set(identity, line);
    entries.push({ ...result.data, line });
  });
  return { entries, findings };
}
