import { describe, expect, it } from 'vitest';
import { publicFileProblem } from '../../../../../src/lib/safety/assets/content-assets.ts';

describe('publicFileProblem: what public/ may publish as it is', () => {
  it('allows images, CSV data and the host\'s _headers file', () => {
    for (const file of ['favicon.svg', 'images/map.PNG', 'files/services.csv', '_headers']) expect(publicFileProblem(file), file).toBeUndefined();
  });
  it('rejects anything that runs or can carry script, and files without a known kind, saying what public/ holds', () => {
    for (const file of ['tracker.js', 'files/costs.pdf', 'page.html', 'nested/_headers', 'README']) {
      expect(publicFileProblem(file), file).toMatch(/^is a (?:\.\S+ file|file with no extension): public\/ holds images \(\.png, .*\), \.csv data and the host's _headers file/);
    }
  });
});
