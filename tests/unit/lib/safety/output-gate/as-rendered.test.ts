/**
 * The output gate as pages are rendered: a worker thread gates each page's
 * bytes, and after the build only a file with exactly those bytes takes its
 * verdict; every other file is left to be gated as built.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillGaps, fingerprint, GateAsRendered, loadVerdicts, saveVerdicts, settleFromRendered, type GatedPage } from '../../../../../src/lib/safety/output-gate/as-rendered.ts';
import { gateFiles, type GateFilesJob } from '../../../../../src/lib/safety/output-gate/files.ts';
import { linkTargets } from '../../../../../src/lib/links/html-links.ts';
import { writeFiles } from '../../../../support/files.ts';

const CSP = "default-src 'self'";
const page = (body: string, head = '') => `<!doctype html>\n<html lang="en">\n<head>\n<meta http-equiv="Content-Security-Policy" content="${CSP}">${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

let outDir: string;
let job: GateFilesJob;
const files: Record<string, string> = {
  'index.html': page('<p>Clean</p>'),
  'guidance/x/index.html': page('<p onclick="steal()">Click</p>'),
  'scripted/index.html': page('<p>Scripted</p>', '<script type="module" src="/_astro/menu.js"></script>'),
  'old/index.html': page('<p>Moved</p>', '<meta http-equiv="refresh" content="0; url=/guidance/x/">'),
  'images/map.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  '_astro/menu.js': 'export {};\n',
};
beforeAll(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'gate-as-rendered-'));
  writeFiles(outDir, files);
  job = { outDir, files: Object.keys(files).filter((file) => !file.endsWith('.js')), base: '/', redirects: ['/old/'], csp: CSP };
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Every HTML file's bytes through a real worker, as the prerenderer hands them over. */
async function gateAsRendered(): Promise<Map<string, GatedPage>> {
  const gate = new GateAsRendered({ outDir, base: '/', csp: CSP });
  for (const file of job.files.filter((name) => name.endsWith('.html'))) gate.page(new Uint8Array(readFileSync(path.join(outDir, file))));
  return gate.finish();
}

describe('GateAsRendered', () => {
  it('answers, by the fingerprint of their bytes, what the gate finds on each page, with the script files it looked for', async () => {
    const gated = await gateAsRendered();
    expect(gated.size).toBe(4);
    expect(gated.get(fingerprint(bytes(files['index.html']!)))).toMatchObject({ problems: [], asked: [] });
    expect(gated.get(fingerprint(bytes(files['guidance/x/index.html']!)))?.problems.map((problem) => problem.message)).toEqual([
      '<p> has an event handler attribute `onclick`: pages run no inline script',
    ]);
    expect(gated.get(fingerprint(bytes(files['scripted/index.html']!)))).toMatchObject({ problems: [], asked: [['_astro/menu.js', true]] });
    // Gated as a page, never as a redirect page: its meta refresh is a problem until the build gates it as one.
    expect(gated.get(fingerprint(bytes(files['old/index.html']!)))?.problems).toHaveLength(1);
  });

  it('reads each page\'s links and ids in the same pass, as the link check would read them from the built file', async () => {
    const gated = await gateAsRendered();
    for (const file of ['index.html', 'scripted/index.html', 'old/index.html']) {
      expect(gated.get(fingerprint(bytes(files[file]!)))?.links).toEqual(linkTargets(files[file]!));
    }
    expect(gated.get(fingerprint(bytes(files['scripted/index.html']!)))?.links.urls).toEqual(['/_astro/menu.js']);
  });

  it('answers with nothing when no page was rendered', async () => {
    expect((await new GateAsRendered({ outDir, base: '/', csp: CSP }).finish()).size).toBe(0);
  });
});

describe('settleFromRendered', () => {
  it('settles a page whose built bytes were gated as rendered, and leaves redirect pages and SVG files to the gate after the build', async () => {
    const { settled, remaining, pages } = settleFromRendered(job, await gateAsRendered());
    expect(remaining).toEqual(['old/index.html', 'images/map.svg']);
    expect([...pages.keys()]).toEqual(['index.html', 'guidance/x/index.html', 'scripted/index.html']);
    expect(settled.map((problems) => problems?.length)).toEqual([0, 1, 0, undefined, undefined]);
    // Filled from the gate after the build, every file has the verdict the gate alone gives it.
    const rest = await gateFiles({ ...job, files: remaining });
    expect(fillGaps(settled, rest)).toEqual(await gateFiles(job));
  });

  it('leaves a page whose bytes changed after it was rendered to be gated as it was written', async () => {
    const gated = await gateAsRendered();
    const read = (file: string) => (file === 'index.html' ? bytes(page('<img src="/x.png" alt="" onerror="steal()">')) : new Uint8Array(readFileSync(path.join(outDir, file))));
    const { settled, remaining, pages } = settleFromRendered(job, gated, read);
    expect(remaining).toContain('index.html');
    expect(settled[0]).toBeUndefined();
    expect(pages.has('index.html')).toBe(false);
  });

  it('leaves a page to be gated again when a script file it was checked against has come or gone', async () => {
    const gated = await gateAsRendered();
    const { remaining } = settleFromRendered(job, gated, undefined, (file) => file !== '_astro/menu.js');
    expect(remaining).toContain('scripted/index.html');
    expect(remaining).not.toContain('index.html');
  });
});

describe("the last build's verdicts", () => {
  const options = () => ({ outDir, base: '/', csp: CSP });

  it('are kept for pages without problems, by fingerprint, and come back only for the same code and options', async () => {
    const { pages, fingerprints } = settleFromRendered(job, await gateAsRendered());
    const file = path.join(outDir, 'cache', 'gate.json');
    await saveVerdicts(file, 'code-1', options(), pages, fingerprints);
    const loaded = loadVerdicts(file, 'code-1', options());
    expect([...loaded.keys()].sort()).toEqual([fingerprint(bytes(files['index.html']!)), fingerprint(bytes(files['scripted/index.html']!))].sort());
    expect(loaded.get(fingerprint(bytes(files['scripted/index.html']!)))).toEqual(pages.get('scripted/index.html'));
    expect(loadVerdicts(file, 'code-2', options()).size).toBe(0);
    expect(loadVerdicts(file, 'code-1', { ...options(), csp: "default-src 'none'" }).size).toBe(0);
    expect(loadVerdicts(path.join(outDir, 'cache', 'missing.json'), 'code-1', options()).size).toBe(0);
  });

  it("give a page with the same bytes the last build's verdict without gating it again; any other page is gated", async () => {
    const clean = files['index.html']!;
    // A verdict the worker would never reach on these bytes shows that it was taken, not found again.
    const known = new Map<string, GatedPage>([[fingerprint(bytes(clean)), { problems: [], asked: [['_astro/marker.js', false]], links: { urls: ['/marker/'], ids: [] } }]]);
    const gate = new GateAsRendered(options(), known);
    gate.page(bytes(clean));
    gate.page(bytes(files['guidance/x/index.html']!));
    const gated = await gate.finish();
    expect(gated.get(fingerprint(bytes(clean)))?.links.urls).toEqual(['/marker/']);
    expect(gated.get(fingerprint(bytes(files['guidance/x/index.html']!)))?.problems).toHaveLength(1);
    expect(gate.pages).toBe(2);
  });

  it("answers with the last build's verdicts for pages never handed to it (pages taken from the last build), which settle only the same bytes", async () => {
    const taken = files['index.html']!;
    const known = new Map<string, GatedPage>([[fingerprint(bytes(taken)), { problems: [], asked: [], links: { urls: ['/taken/'], ids: [] } }]]);
    const gate = new GateAsRendered(options(), known);
    expect(gate.settles).toBe(true);
    expect(new GateAsRendered(options()).settles).toBe(false);
    const gated = await gate.finish();
    expect(gate.pages).toBe(0);
    const { remaining, pages } = settleFromRendered({ ...job, files: ['index.html', 'guidance/x/index.html'] }, gated);
    expect(pages.get('index.html')?.links.urls).toEqual(['/taken/']);
    expect(remaining).toEqual(['guidance/x/index.html']);
  });
});
