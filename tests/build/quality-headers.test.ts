/**
 * The hosting headers: public/_headers (Netlify, Cloudflare Pages) sets the
 * Content-Security-Policy and security headers on every path, and the
 * documented configurations for other hosts (docs/hosting-headers.md) send
 * the same. (quality-markup.test.ts checks the build ships the file.)
 *
 * The nginx example is read as nginx reads it: `add_header` in a `location`
 * block replaces every `add_header` of the server, so a location that adds one
 * header (say Cache-Control) must repeat the rest. When nginx is installed
 * (`apt-get install nginx-light`), the example also runs in a real nginx.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../support/quality/headers-file.ts';
import { ROOT } from '../support/site.ts';
import { writeFiles } from '../support/files.ts';

const HEADERS_FILE = path.join(ROOT, 'public/_headers');
const HOSTING_DOC = path.join(ROOT, 'docs/hosting-headers.md');
const headers = headersFor(parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8')), '/guidance/any-page/');
const csp = headers['Content-Security-Policy'] ?? '';

/** Paths a reader's browser asks for: a page, a hashed asset, the search index, a missing page. */
const PATHS = ['/', '/guidance/any-page/', '/_astro/site.css', '/pagefind/pagefind.js', '/no-such-page/'];

describe('public/_headers', () => {
  it('sets a strict CSP on every path: only this site, no inline code, no eval beyond WebAssembly', () => {
    expect(csp.split(/;\s*/)).toEqual([
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
  });

  it('sets the usual security headers', () => {
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
    });
  });

  it('matches the Apache example for other hosts', () => {
    const apache = codeBlock(readFileSync(HOSTING_DOC, 'utf8'), 'apache');
    for (const [name, value] of Object.entries(headers)) expect(apache).toContain(`Header always set ${name} "${value}"`);
  });
});

// ---------------------------------------------------------------------------
// nginx, read as nginx reads it

interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
}

/** The first fenced code block in `markdown` whose info string is `lang` (and, if given, that contains `needle`). */
function codeBlock(markdown: string, lang: string, needle = ''): string {
  for (const match of markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)) {
    if (match[1] === lang && match[2]!.includes(needle)) return match[2]!;
  }
  throw new Error(`No \`\`\`${lang} block${needle ? ` containing "${needle}"` : ''} in ${path.relative(ROOT, HOSTING_DOC)}`);
}

/** Parses nginx configuration syntax: directives ending in `;`, blocks in braces, quoted arguments, `#` comments. */
function parseNginx(text: string): Directive[] {
  const tokens = [...text.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|#[^\n]*|([{};])|([^\s{};"'#]+)/g)]
    .filter((m) => !m[0].startsWith('#'))
    .map((m) => (m[3] ? { punct: m[3] } : { word: m[1] ?? m[2] ?? m[4]! }));
  let i = 0;
  const block = (): Directive[] => {
    const directives: Directive[] = [];
    let words: string[] = [];
    while (i < tokens.length) {
      const token = tokens[i++]!;
      if ('word' in token) words.push(token.word!);
      else if (token.punct === ';') {
        directives.push({ name: words[0]!, args: words.slice(1) });
        words = [];
      } else if (token.punct === '{') {
        directives.push({ name: words[0]!, args: words.slice(1), block: block() });
        words = [];
      } else return directives;
    }
    return directives;
  };
  return block();
}

function addHeaders(directives: Directive[]): Record<string, { value: string; always: boolean }> | undefined {
  const found = directives.filter((d) => d.name === 'add_header');
  if (found.length === 0) return undefined;
  return Object.fromEntries(found.map((d) => [d.args[0]!, { value: d.args[1]!, always: d.args[2] === 'always' }]));
}

/**
 * The headers nginx sends for `uri`: the longest matching prefix location's
 * `add_header`s if it has any, otherwise the server's (nginx inherits
 * `add_header` only into a level that has none of its own).
 */
function nginxHeadersFor(server: Directive[], uri: string): Record<string, { value: string; always: boolean }> {
  if (server.some((d) => d.name === 'location' && d.args.length !== 1)) throw new Error('Only prefix locations are read here');
  const location = server
    .filter((d) => d.name === 'location' && uri.startsWith(d.args[0]!))
    .sort((a, b) => b.args[0]!.length - a.args[0]!.length)[0]?.block ?? [];
  const headers = addHeaders(location) ?? addHeaders(server) ?? {};
  // `set $name value` in the location wins over the server's.
  const variables = new Map([...server, ...location].filter((d) => d.name === 'set').map((d) => [d.args[0]!, d.args[1]!]));
  for (const header of Object.values(headers)) header.value = header.value.replace(/\$\w+/g, (name) => variables.get(name) ?? name);
  return headers;
}

const nginxExample = codeBlock(readFileSync(HOSTING_DOC, 'utf8'), 'nginx', 'server {');
const nginxServer = parseNginx(nginxExample).find((d) => d.name === 'server')?.block ?? [];

describe('the nginx example', () => {
  it.each(PATHS)('sends every header in public/_headers, also on errors, for %s', (uri) => {
    const sent = nginxHeadersFor(nginxServer, uri);
    for (const [name, value] of Object.entries(headers)) {
      expect(sent[name], `${name} on ${uri}`).toEqual({ value, always: true });
    }
  });

  it('caches hashed assets for a year, pages briefly, and serves 404.html for a missing page', () => {
    expect(nginxHeadersFor(nginxServer, '/_astro/site.css')['Cache-Control']?.value).toBe('public, max-age=31536000, immutable');
    expect(nginxHeadersFor(nginxServer, '/guidance/any-page/')['Cache-Control']?.value).toBe('max-age=300');
    expect(nginxServer.find((d) => d.name === 'error_page')?.args).toEqual(['404', '/404.html']);
  });
});

// nginx on PATH, or Debian's (in /usr/sbin, which a user's PATH may lack); .ci/run installs nginx-light, so CI always runs this.
const nginxBinary = ['nginx', '/usr/sbin/nginx'].find((binary) => !spawnSync(binary, ['-v'], { encoding: 'utf8' }).error);

describe.skipIf(!nginxBinary)('the nginx example in a real nginx', () => {
  let folder: string;
  let server: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'ops-manual-nginx-'));
    const root = path.join(folder, 'dist');
    writeFiles(root, { 'index.html': 'home', 'guidance/any-page/index.html': 'page', '_astro/site.css': 'body{}', 'pagefind/pagefind.js': '', '404.html': 'missing' });
    const port = await freePort();
    const serverBlock = nginxExample.replace(/^(\s*)root\s+[^;]+;/m, `$1root ${root};\n$1listen 127.0.0.1:${port};`);
    writeFileSync(
      path.join(folder, 'nginx.conf'),
      `daemon off;\nmaster_process off;\npid ${folder}/nginx.pid;\nerror_log stderr error;\nevents {}\nhttp {\naccess_log off;\n${serverBlock}\n}\n`,
    );
    server = spawn(nginxBinary!, ['-p', folder, '-c', path.join(folder, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    server.stderr?.on('data', (chunk) => (errors += chunk));
    origin = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      try {
        await fetch(origin);
        break;
      } catch {
        if (tries > 50 || server.exitCode !== null) throw new Error(`nginx did not start: ${errors}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });

  afterAll(() => {
    server?.kill();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it.each(PATHS)('sends every header in public/_headers for %s', async (uri) => {
    const response = await fetch(origin + uri);
    expect(response.status).toBe(uri === '/no-such-page/' ? 404 : 200);
    for (const [name, value] of Object.entries(headers)) expect(response.headers.get(name), `${name} on ${uri}`).toBe(value);
    expect(response.headers.get('Cache-Control')).toBe(uri.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'max-age=300');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
