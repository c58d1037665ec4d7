/**
 * What a link in content may point at, decided by parsing it as a browser
 * would (WHATWG URL), not by matching text: `http:example.org`, `java&#9;script:`
 * and ` JavaScript:` are read the way a browser reads them.
 */

export type UrlVerdict =
  /** https, mailto, tel, a site path, an #anchor, or http to this machine. */
  | { kind: 'safe' }
  /** http to another machine: published, with a warning. */
  | { kind: 'insecure'; url: string }
  /** A scheme that runs code or carries a document (javascript:, vbscript:, data:). */
  | { kind: 'script'; scheme: string }
  /** Any other scheme (file:, ftp:, …): readers' browsers would not open it safely. */
  | { kind: 'unsupported'; scheme: string };

const SAFE_SCHEMES = new Set(['https:', 'mailto:', 'tel:']);
const SCRIPT_SCHEMES = new Set(['javascript:', 'vbscript:', 'data:']);
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);
/** Pictures inline as data: are inert; every other data: URL is a document. */
const IMAGE_DATA = /^data:image\/(?:png|gif|jpeg|webp|avif);/i;
/** A base that makes relative links resolve without changing the scheme of absolute ones. */
const BASE = 'https://ops-manual.invalid/';

export function classifyUrl(value: string, options: { image?: boolean } = {}): UrlVerdict {
  let parsed: URL;
  try {
    parsed = new URL(value, BASE);
  } catch {
    return { kind: 'safe' }; // not a URL a browser would follow; the link check reports it
  }
  const scheme = parsed.protocol.toLowerCase();
  if (SAFE_SCHEMES.has(scheme)) return { kind: 'safe' };
  if (scheme === 'http:') return LOCAL_HOSTS.has(parsed.hostname) ? { kind: 'safe' } : { kind: 'insecure', url: parsed.href };
  if (scheme === 'data:' && options.image && IMAGE_DATA.test(value.trim())) return { kind: 'safe' };
  if (SCRIPT_SCHEMES.has(scheme)) return { kind: 'script', scheme: scheme.slice(0, -1) };
  return { kind: 'unsupported', scheme: scheme.slice(0, -1) };
}

export function scriptUrlMessage(scheme: string): string {
  return `has a \`${scheme}:\` link: such links run code when clicked. Link to a web page (https://…) instead.`;
}

export function unsupportedUrlMessage(scheme: string): string {
  return `links with \`${scheme}:\`, which readers' browsers will not open safely: link to a web page (https://…), a site path (/guidance/…) or mailto:.`;
}

export function insecureUrlMessage(url: string): string {
  const shown = url.length > 80 ? `${url.slice(0, 79)}…` : url;
  return `links to \`${shown}\` over http, which anyone on the reader's network can read or change: use https:// if the site offers it (\`npm run check -- --strict\` fails on http links).`;
}
