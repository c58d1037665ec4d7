/** The output gate over built files: in this thread and in a worker thread, and the files shared out to several workers and gathered back. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateFiles, gateFilesAlongside, gateFilesInWorker, gatherBack, shareOut, type GateFilesJob } from '../../../../../src/lib/safety/output-gate/files.ts';
import { writeFiles } from '../../../../support/files.ts';

const CSP = "default-src 'self'";
const page = (body: string, head = '') => `<!doctype html>\n<html lang="en">\n<head>\n<meta http-equiv="Content-Security-Policy" content="${CSP}">${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

let outDir: string;
let job: GateFilesJob;
beforeAll(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'gate-files-'));
  const files: Record<string, string> = {
    'index.html': page('<p>Clean</p>'),
    'guidance/x/index.html': page('<p onclick="steal()">Click</p>'),
    'old/index.html': page('<p>Moved</p>', '<meta http-equiv="refresh" content="0; url=/guidance/x/">'),
    'elsewhere/index.html': page('<p>Moved</p>', '<meta http-equiv="refresh" content="0; url=/guidance/x/">'),
    'images/map.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  };
  writeFiles(outDir, files);
  job = { outDir, files: Object.keys(files), base: '/', redirects: ['/old/'], csp: CSP };
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const messages = (results: { message: string }[][]) => results.map((problems) => problems.map((problem) => problem.message));

describe('gateFiles', () => {
  it("returns each file's problems in the order of the files: pages by the gate's rules, SVG files by the SVG rules, a meta refresh only on a redirect page", async () => {
    const results = messages(await gateFiles(job));
    expect(results).toHaveLength(5);
    expect(results[0]).toEqual([]);
    expect(results[1]).toEqual(['<p> has an event handler attribute `onclick`: pages run no inline script']);
    expect(results[2]).toEqual([]);
    expect(results[3]).toEqual(['<meta http-equiv="refresh"> outside a redirect page: only the pages made for `oldPaths` may redirect']);
    expect(results[4]).toHaveLength(1);
    expect(results[4]![0]).toMatch(/^the SVG /);
  });

  it('gives the same answer in a worker thread, as the build runs it', async () => {
    const fromWorker = await gateFilesInWorker(job);
    expect(fromWorker).toEqual(await gateFiles(job));
  });
});

describe('gateFilesAlongside', () => {
  it('gives the same answer, in order, with the files shared between worker threads and this thread', async () => {
    const alone = await gateFiles(job);
    for (const workers of [1, 2]) {
      expect(await gateFilesAlongside(job, workers, async () => {})).toEqual(alone);
    }
  });

  it('runs this thread\'s other work once the workers have started, and gates its own share after it, even if it fails', async () => {
    const order: string[] = [];
    const results = await gateFilesAlongside(job, 1, async () => {
      order.push('meanwhile');
      throw new Error('the link check failed');
    });
    order.push('gated');
    expect(order).toEqual(['meanwhile', 'gated']);
    expect(results).toEqual(await gateFiles(job));
  });
});

describe('shareOut and gatherBack', () => {
  it('share items out one by one and gather the results back in order, for any number of workers', () => {
    for (let total = 0; total <= 9; total++) {
      const items = Array.from({ length: total }, (_, index) => `page-${index}`);
      for (let count = 1; count <= 4; count++) {
        const shares = shareOut(items, count);
        expect(shares).toHaveLength(count);
        expect(shares.flat().sort()).toEqual([...items].sort());
        expect(gatherBack(shares.map((share) => share.map((item) => item.toUpperCase())), total)).toEqual(items.map((item) => item.toUpperCase()));
      }
    }
  });
});
