/**
 * The W3C Nu HTML Checker (vnu.jar from the vnu-jar devDependency) over built
 * pages. It reads HTML as browsers and the HTML standard do, so it catches
 * what html-validate's rules miss, such as a script written after </html>
 * (a "stray start tag") or an aria-label on an element that may not carry one.
 *
 * It needs Java 17 or later (`java` on PATH, or JAVA env var); .ci/run installs
 * Debian's default-jre-headless when java is missing. A missing Java fails the
 * gate with that message rather than skipping it.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
}

/**
 * Every error the Nu checker reports in the pages, as `page:line:column message`.
 * All pages go to one Java process: the JVM takes seconds to start.
 */
export function nuHtmlErrors(outDir: string, pages: string[]): string[] {
  if (pages.length === 0) return [];
  const java = process.env.JAVA ?? 'java';
  const result = spawnSync(
    java,
    ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', '--stdout', '--exit-zero-always', ...pages],
    { cwd: outDir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.error) {
    throw new Error(`The Nu HTML Checker needs Java 17 or later (${java}: ${result.error.message}). Install it (Debian: apt-get install default-jre-headless), as .ci/run does.`);
  }
  let messages: NuMessage[];
  try {
    messages = (JSON.parse(result.stdout) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`The Nu HTML Checker did not report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return messages
    // --errors-only leaves errors, and "non-document-error" for a page it could not read.
    .filter((message) => message.type !== 'info')
    .map((message) => {
      const page = message.url ? path.relative(outDir, fileURLToPath(message.url)) : '(no page)';
      return `${page}:${message.lastLine ?? '?'}:${message.firstColumn ?? message.lastColumn ?? '?'} ${message.message}`;
    });
}
