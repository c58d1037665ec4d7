/**
 * A small static file server for the browser tests and the search benchmark,
 * behaving like a static host: serves `dist/` under the site's base path, redirects folders to their
 * trailing-slash URL, answers misses with 404.html and status 404, and sends
 * the headers (the CSP among them) from the site's `_headers` file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

export interface ServeOptions {
  /** The built site folder. */
  root: string;
  /** The base path the site was built for, such as /ops-manual/. */
  base?: string;
  /** The `_headers` file to send headers from; by default the one in `root`. */
  headersFile?: string;
}

export interface StaticServer {
  /** The site's root URL, base included, ending in /. */
  url: string;
  close(): Promise<void>;
}

export async function serveStatic({ root, base = '/', headersFile = path.join(root, '_headers') }: ServeOptions): Promise<StaticServer> {
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (`${pathname}/` === base) {
      response.writeHead(301, { location: base }).end();
      return;
    }
    const sitePath = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : undefined;
    const headers = headersFor(rules, sitePath ?? pathname);
    const file = sitePath === undefined ? undefined : fileFor(root, sitePath);
    if (file === 'folder') {
      response.writeHead(301, { ...headers, location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const found = file !== undefined;
    const served = found ? file : path.join(root, '404.html');
    const body = existsSync(served) ? readFileSync(served) : Buffer.from('Not found');
    response.writeHead(found ? 200 : 404, { ...headers, 'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream' });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections(); // the browser keeps connections alive
      }),
  };
}

/** The file for a site path, 'folder' when it needs a trailing slash, undefined when missing or outside the site. */
function fileFor(root: string, sitePath: string): string | 'folder' | undefined {
  const target = path.join(root, sitePath);
  if (path.relative(root, target).startsWith('..') || path.basename(target) === '_headers') return undefined;
  if (!existsSync(target)) return undefined;
  if (statSync(target).isDirectory()) {
    if (!sitePath.endsWith('/')) return 'folder';
    const index = path.join(target, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return target;
}
