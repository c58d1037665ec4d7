/**
 * The content safety lint. Authors arrive by pull request, so content must
 * never carry code that runs at build time or in readers' browsers, or
 * credentials. Markup rules read the parsed page (content-safety/markup.ts),
 * so code blocks and code spans, shown as text, are never mistaken for markup.
 * Secret rules check every line, code included, because a key in a code block
 * is still a leaked key.
 *
 * Every expression here runs in time linear in the line: quantifiers are
 * bounded or cannot overlap, so one hostile line cannot stall the check.
 */
import { contentLines } from '../content/content-lines.ts';
import type { Finding } from '../core/findings.ts';
import { lintMarkup } from './content-safety/markup.ts';
import { classifyUrl, scriptUrlMessage } from './content-safety/urls.ts';

interface Rule {
  kind: string;
  pattern: RegExp;
  message: (match: RegExpExecArray, line: string) => string | undefined;
  /** The part of the match that is the secret itself (the first group when absent), for tools that replace it. */
  secret?: (match: RegExpExecArray) => string;
  /** Text every match contains: a text without it is not searched (the pattern would try at every letter). */
  needs?: string;
}

/** Whether `rule` can match somewhere in `text`: it is searched only if it holds what every match holds. */
function mayMatch(rule: Rule, text: string): boolean {
  return rule.needs === undefined || text.includes(rule.needs);
}

/** Shows enough of a secret to find it, never the secret itself. */
function redact(value: string): string {
  return `${value.slice(0, 4)}…`;
}

const PLACEHOLDER_WORDS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'redacted', 'changeme', 'placeholder', 'none', 'null', 'required', 'optional', 'hidden', 'yourpassword', 'mypassword', 'example',
]);

/**
 * A value written to show the shape of a secret, not a secret: `<password>`,
 * `{password}`, `${VAR}`, `%VAR%`, `YOUR_PASSWORD`, `****`, `xxxx`, AWS's
 * documented `…EXAMPLE` keys, or a reference such as `secrets.DB_PASSWORD`.
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return (
    /^<[^<>]*>$/.test(v) ||
    /^\{{1,2}[^{}]*\}{1,2}$/.test(v) ||
    /^\$\{?\w+\}?$/.test(v) ||
    /^\$\(.*\)$/.test(v) ||
    /^%\w+%$/.test(v) ||
    /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v) ||
    /^(?:\*+|x+|\.{3}|…+)$/i.test(v) ||
    /^(?:secrets|env|vars|process\.env)\./i.test(v) ||
    /example|password|passwd|your[_-]/i.test(v) ||
    /^(.)\1*$/.test(v) ||
    PLACEHOLDER_WORDS.has(v.toLowerCase().replace(/[^a-z]/g, ''))
  );
}

const KEEP = 'remove it, revoke it, and keep it in your secrets store.';

export const SECRET_RULES: Rule[] = [
  {
    kind: 'cloud access key',
    pattern: /\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b/g,
    message: (m) => (isPlaceholder(m[1]) ? undefined : `looks like an AWS access key (\`${redact(m[1])}\`): remove it, revoke it, and keep keys in your secrets store.`),
  },
  {
    kind: 'cloud access key',
    pattern: /(?<![A-Za-z0-9])aws_secret_access_key["']?\s{0,3}[:=]\s{0,3}["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
    message: (m) => (isPlaceholder(m[1]) ? undefined : `sets an AWS secret access key (\`${redact(m[1])}\`): ${KEEP}`),
  },
  {
    kind: 'cloud access key',
    pattern: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
    message: (m) => `looks like a Google Cloud API key (\`${redact(m[1])}\`): remove it, revoke it, and keep keys in your secrets store.`,
  },
  {
    kind: 'cloud access key',
    pattern: /\b(AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{20,200}={0,2})/g,
    message: (m) => `looks like an Azure ${m[1]} (\`${m[1]}=${redact(m[2])}\`): remove it, revoke it, and keep keys in your secrets store.`,
    secret: (m) => m[2],
  },
  {
    kind: 'cloud access key',
    pattern: /[?&]sig=([A-Za-z0-9%+/=]{20,200})/g,
    message: (m) => (isPlaceholder(decodeSafely(m[1])) ? undefined : `has an Azure shared access signature (\`sig=${redact(m[1])}\`), which grants access to the storage it names: ${KEEP}`),
  },
  {
    kind: 'private key',
    pattern: /-----BEGIN ((?:[A-Z0-9]{1,20} ){0,5})PRIVATE KEY( BLOCK)?-----/g,
    message: (m) => `contains a private key block (\`${m[0]}\`): remove it, replace the key, and never publish private keys.`,
    secret: (m) => m[0],
  },
  {
    kind: 'token',
    pattern: /\b((?:gh[pousr]_[A-Za-z0-9]{36,255})|(?:github_pat_[A-Za-z0-9_]{22,255}))/g,
    message: (m) => `looks like a GitHub token (\`${redact(m[1])}\`): remove it, revoke it, and keep tokens in your secrets store.`,
  },
  {
    kind: 'token',
    pattern: /\b(glpat-[A-Za-z0-9_-]{20,255})/g,
    message: (m) => `looks like a GitLab token (\`${redact(m[1])}\`): remove it, revoke it, and keep tokens in your secrets store.`,
  },
  {
    kind: 'token',
    pattern: /\b(xox[abposr]-[A-Za-z0-9-]{10,255}|xapp-\d-[A-Za-z0-9-]{10,255})/g,
    message: (m) => `looks like a Slack token (\`${redact(m[1])}\`): remove it, revoke it, and keep tokens in your secrets store.`,
  },
  {
    // Only the whole address is a secret: the part after the last slash is the key.
    kind: 'token',
    pattern: /hooks\.slack\.com\/services\/(T[A-Za-z0-9]{1,20})\/(B[A-Za-z0-9]{1,20})\/([A-Za-z0-9]{16,64})/g,
    message: (m) =>
      isPlaceholder(m[3]) ? undefined : 'contains a Slack webhook address with its secret part, which lets anyone post to the channel: remove it and keep it in your secrets store.',
    secret: (m) => m[3],
  },
  {
    kind: 'token',
    pattern: /\b(npm_[A-Za-z0-9]{36})\b/g,
    message: (m) => `looks like an npm token (\`${redact(m[1])}\`): remove it, revoke it, and keep tokens in your secrets store.`,
  },
  {
    kind: 'token',
    pattern: /\b((?:sk|rk)_live_[A-Za-z0-9]{16,255})/g,
    message: (m) => `looks like a live payment API key (\`${redact(m[1])}\`): remove it, revoke it, and keep keys in your secrets store.`,
  },
  {
    kind: 'token',
    pattern: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,2048}\.eyJ[A-Za-z0-9_-]{10,2048}\.[A-Za-z0-9_-]{10,2048})/g,
    message: (m) => `looks like a JSON Web Token (\`${redact(m[1])}\`): remove it; tokens grant access until they expire.`,
  },
  {
    // A candidate address, then parsed as a browser would: the password is what the URL parser says it is.
    kind: 'password in URL',
    pattern: /[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^\s"'<>`]{1,2048}/g,
    needs: '://',
    message: (m) => {
      let parsed: URL;
      try {
        parsed = new URL(m[0]);
      } catch {
        return undefined;
      }
      if (!parsed.password || isPlaceholder(decodeSafely(parsed.password))) return undefined;
      return `has a password in a web address (\`${parsed.protocol}//${parsed.username}:****@${parsed.host}\`): remove it and keep the password in your secrets store. To show the form, write a placeholder such as \`<password>\`.`;
    },
    // As written between `user:` and `@`, which is what the URL parser read as the password.
    secret: (m) => /^[^:]*:\/\/[^:@/]*:([^@/]*)@/.exec(m[0])?.[1] ?? m[0],
  },
  {
    kind: 'password',
    pattern: /(?<![A-Za-z0-9])(password|passwd|pwd)["']?\s{0,3}([:=])\s{0,3}["']?([^\s"'`,;<>]{1,200})/gi,
    message: (m, line) => {
      const value = m[3];
      if (isPlaceholder(value)) return undefined;
      // Pwd=…; in a connection string, where any length is a real password.
      if (m[2] === '=' && line.includes(';')) return `has a password in a connection string (\`${m[1]}=${redact(value)}\`): ${KEEP}`;
      if (value.length < 8) return undefined;
      return `sets \`${m[1]}\` to what looks like a real password (\`${redact(value)}\`): ${KEEP}`;
    },
    secret: (m) => m[3],
  },
  {
    kind: 'token',
    pattern: /(?<![A-Za-z0-9])(api[_-]?key|secret|token)["']?\s{0,3}[:=]\s{0,3}["']?([A-Za-z0-9+/_-]{16,200})/gi,
    message: (m) =>
      /\d/.test(m[2]) && /[A-Za-z]/.test(m[2]) && !isPlaceholder(m[2])
        ? `sets \`${m[1]}\` to what looks like a real secret (\`${redact(m[2])}\`): remove it and keep it in your secrets store.`
        : undefined,
    secret: (m) => m[2],
  },
];

export interface FoundSecret {
  /** 1-based line. */
  line: number;
  /** Where the secret starts and ends in its line (end exclusive). */
  start: number;
  end: number;
  kind: string;
  /** The content check's message for it: what it is, shown redacted, and what to do. */
  message: string;
}

/**
 * Every likely secret in a text, line by line, found by the same rules as the content check
 * (code included), with where the secret itself sits, so a tool can replace it. Never returns the value.
 */
export function findSecrets(text: string): FoundSecret[] {
  const found: FoundSecret[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    for (const rule of SECRET_RULES) {
      if (!mayMatch(rule, lineText)) continue;
      for (const match of lineText.matchAll(rule.pattern)) {
        const message = rule.message(match as RegExpExecArray, lineText);
        if (!message) continue;
        const secret = rule.secret?.(match as RegExpExecArray) ?? match[1] ?? match[0];
        const offset = match[0].lastIndexOf(secret);
        const start = match.index + Math.max(0, offset);
        found.push({ line: index + 1, start, end: offset < 0 ? match.index + match[0].length : start + secret.length, kind: rule.kind, message });
      }
    }
  });
  return found.sort((a, b) => a.line - b.line || a.start - b.start);
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Each secret rule's pattern, not global, to test a whole file with. */
const ANYWHERE = new Map(SECRET_RULES.map((rule) => [rule, new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', ''))]));

/**
 * The secret rules whose pattern matches somewhere in `source`: only they can
 * match one of its lines, so only they are tried line by line (most files
 * match none). A match in a line is a match in the whole file: a line is a
 * piece of it, no pattern is anchored, and where a lookaround or \b at the
 * line's edge sees nothing, in the file it sees a line break, which none of
 * them counts as part of a word, key or token.
 */
function rulesThatMatchIn(source: string): Rule[] {
  return SECRET_RULES.filter((rule) => mayMatch(rule, source) && ANYWHERE.get(rule)!.test(source));
}

/** A frontmatter value such as `url: javascript:…`, parsed as a URL. */
const FRONTMATTER_VALUE = /^\s{0,40}(?:-\s{1,10})?[\w-]{1,100}:\s{1,20}["']?([^"'\s]{1,2048})/;

function lineMessages(text: string, isFrontmatter: boolean, rules: readonly Rule[]): string[] {
  const messages: string[] = [];
  if (isFrontmatter) {
    const value = FRONTMATTER_VALUE.exec(text)?.[1];
    const verdict = value ? classifyUrl(value) : undefined;
    if (verdict?.kind === 'script') messages.push(scriptUrlMessage(verdict.scheme));
  }
  for (const rule of rules) {
    if (!mayMatch(rule, text)) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const message = rule.message(match as RegExpExecArray, text);
      if (message) messages.push(message);
    }
  }
  return messages;
}

/**
 * Every unsafe pattern and likely secret in a content file, with its line.
 * http links in prose are warnings; typed URLs in frontmatter are left to
 * the schema, which requires https for operational links.
 */
export function lintContentSafety(file: string, source: string, isDataFile: boolean): Finding[] {
  const findings: Finding[] = [];
  const rules = rulesThatMatchIn(source);
  for (const line of contentLines(source, isDataFile)) {
    for (const message of new Set(lineMessages(line.text, line.kind === 'frontmatter', rules))) findings.push({ file, line: line.number, message });
  }
  if (!isDataFile) findings.push(...lintMarkup(file, source, /\.mdx$/i.test(file)));
  return findings.sort((a, b) => a.line - b.line);
}
