/**
 * The content safety lint. Authors arrive by pull request, so content must
 * never carry code that runs in readers' browsers, insecure operational links,
 * or credentials. Markup rules skip code (shown as text, never run); secret
 * rules check every line, code included, because a key in a code block is
 * still a leaked key.
 */
import { contentLines, type ContentLine } from './content-lines.ts';
import type { Finding } from './findings.ts';

interface Rule {
  pattern: RegExp;
  /** Whether the rule also applies inside code blocks and code spans. */
  inCode: boolean;
  /** Limits the rule to one kind of line. */
  onlyIn?: ContentLine['kind'];
  message: (match: RegExpExecArray) => string | undefined;
}

/** Shows enough of a secret to find it, never the secret itself. */
function redact(value: string): string {
  return `${value.slice(0, 4)}…`;
}

const LOCAL_HOST = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)(?=[:/]|$)/i;
const PLACEHOLDER = /^(<[^>]*>|\$\{?[A-Za-z_][\w]*\}?|\*+|x+|\.\.\.|…|password|pass|secret|redacted)$/i;

function scriptUrlMessage(match: RegExpExecArray): string {
  const scheme = match[1].toLowerCase().replace(/\s*:$/, '').replace(/:.*/, '');
  return `has a \`${scheme}:\` link: such links run code when clicked. Link to a web page (https://…) instead.`;
}

const MARKUP_RULES: Rule[] = [
  {
    pattern: /<script\b/gi,
    inCode: false,
    message: () => 'contains a `<script>` tag: content cannot run code in readers\' browsers. Remove it; to show code, put it in a code block (```).',
  },
  {
    pattern: /<(iframe|frame|object|embed)\b/gi,
    inCode: false,
    message: (m) => `contains an \`<${m[1].toLowerCase()}>\` tag: content cannot embed other pages or plugins. Link to the page instead, such as [dashboard](https://…).`,
  },
  {
    pattern: /<[a-z][\w:.-]*\s(?:[^>]*?\s)?(on[a-z]+)\s*=/gi,
    inCode: false,
    message: (m) => `has an inline event handler \`${m[1]}=\`: content cannot run code in readers' browsers. Remove the attribute.`,
  },
  {
    // In a link, a tag attribute, a link definition or an autolink; not the word in prose.
    pattern: /(?:\]\(\s*<?|\b(?:href|src|action|formaction|to|url)\s*=\s*\{?\s*["'`]?\s*|\]:\s*<?|<)((?:java|vb)script\s*:|data:text\/html)/gi,
    inCode: false,
    message: scriptUrlMessage,
  },
  {
    // A frontmatter value such as `url: javascript:…`.
    pattern: /^\s*(?:-\s+)?[\w-]+:\s+["']?((?:java|vb)script\s*:|data:text\/html)/gi,
    inCode: false,
    onlyIn: 'frontmatter',
    message: scriptUrlMessage,
  },
  {
    pattern: /\bhttp:\/\/[^\s)"'<>`\]]+/gi,
    inCode: false,
    message: (m) =>
      LOCAL_HOST.test(m[0])
        ? undefined
        : `links to \`${m[0]}\` over http: use https:// (operational links such as dashboards, status pages and repositories must be secure).`,
  },
];

export const SECRET_RULES: (Rule & { kind: string })[] = [
  {
    kind: 'cloud access key',
    pattern: /\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b/g,
    inCode: true,
    message: (m) => `looks like an AWS access key (\`${redact(m[1])}\`): remove it, revoke it, and keep keys in your secrets store.`,
  },
  {
    kind: 'cloud access key',
    pattern: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
    inCode: true,
    message: (m) => `looks like a Google Cloud API key (\`${redact(m[1])}\`): remove it, revoke it, and keep keys in your secrets store.`,
  },
  {
    kind: 'cloud access key',
    pattern: /\b(AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{20,}={0,2})/g,
    inCode: true,
    message: (m) => `looks like an Azure ${m[1]} (\`${m[1]}=${redact(m[2])}\`): remove it, revoke it, and keep keys in your secrets store.`,
  },
  {
    kind: 'private key',
    pattern: /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g,
    inCode: true,
    message: (m) => `contains a private key block (\`${m[0]}\`): remove it, replace the key, and never publish private keys.`,
  },
  {
    kind: 'token',
    pattern: /\b((?:gh[pousr]_[A-Za-z0-9]{36,})|(?:github_pat_[A-Za-z0-9_]{22,}))/g,
    inCode: true,
    message: (m) => `looks like a GitHub token (\`${redact(m[1])}\`): remove it, revoke it, and keep tokens in your secrets store.`,
  },
  {
    kind: 'token',
    pattern: /\b(xox[abposr]-[A-Za-z0-9-]{10,})/g,
    inCode: true,
    message: (m) => `looks like a Slack token (\`${redact(m[1])}\`): remove it, revoke it, and keep tokens in your secrets store.`,
  },
  {
    kind: 'token',
    pattern: /\b(https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]{20,})/g,
    inCode: true,
    message: () => 'contains a Slack webhook address, which lets anyone post to the channel: remove it and keep it in your secrets store.',
  },
  {
    kind: 'token',
    pattern: /\b(npm_[A-Za-z0-9]{36})\b/g,
    inCode: true,
    message: (m) => `looks like an npm token (\`${redact(m[1])}\`): remove it, revoke it, and keep tokens in your secrets store.`,
  },
  {
    kind: 'token',
    pattern: /\b((?:sk|rk)_live_[A-Za-z0-9]{16,})/g,
    inCode: true,
    message: (m) => `looks like a live payment API key (\`${redact(m[1])}\`): remove it, revoke it, and keep keys in your secrets store.`,
  },
  {
    kind: 'token',
    pattern: /\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})/g,
    inCode: true,
    message: (m) => `looks like a JSON Web Token (\`${redact(m[1])}\`): remove it; tokens grant access until they expire.`,
  },
  {
    kind: 'password in URL',
    pattern: /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/:@"'<>`]+):([^\s/@"'<>`]+)@([^\s/"'<>`]*)/gi,
    inCode: true,
    message: (m) =>
      PLACEHOLDER.test(m[3])
        ? undefined
        : `has a password in a web address (\`${m[1]}${m[2]}:****@${m[4]}\`): remove it and keep the password in your secrets store. To show the form, write a placeholder such as \`<password>\`.`,
  },
  {
    kind: 'token',
    pattern: /\b(api[_-]?key|secret|token|password|passwd)\b\s*[:=]\s*["']?([A-Za-z0-9+/_-]{16,})/gi,
    inCode: true,
    message: (m) =>
      /\d/.test(m[2]) && /[A-Za-z]/.test(m[2])
        ? `sets \`${m[1]}\` to what looks like a real secret (\`${redact(m[2])}\`): remove it and keep it in your secrets store.`
        : undefined,
  },
];

function applyRules(line: ContentLine, rules: readonly Rule[]): string[] {
  const messages: string[] = [];
  for (const rule of rules) {
    if (rule.onlyIn && rule.onlyIn !== line.kind) continue;
    const text = rule.inCode ? line.text : line.withoutCode;
    if (!text) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const message = rule.message(match as RegExpExecArray);
      if (message) messages.push(message);
    }
  }
  return messages;
}

/** Every unsafe pattern and likely secret in a content file, with its line. */
export function lintContentSafety(file: string, source: string, isDataFile: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const line of contentLines(source, isDataFile)) {
    const rules = line.kind === 'code' ? SECRET_RULES : [...MARKUP_RULES, ...SECRET_RULES];
    for (const message of new Set(applyRules(line, rules))) findings.push({ file, line: line.number, message });
  }
  return findings;
}
