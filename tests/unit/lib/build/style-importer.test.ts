/**
 * Sass finds GOV.UK Frontend's and the engine's stylesheets by name through the
 * engine's file importer, and a style compiles to the same CSS as through the
 * load paths alone.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileStringAsync } from 'sass-embedded';
import { describe, expect, it } from 'vitest';
import { styleImporter } from '../../../../src/lib/build/style-importer.ts';
import { ROOT } from '../../../support/site.ts';

const packages = path.join(ROOT, 'node_modules');
const styles = path.join(ROOT, 'src/styles');

describe('styleImporter', () => {
  const importer = styleImporter(packages, styles);

  it("finds GOV.UK Frontend's files in its package and the engine's partials in src/styles/, and nothing else", () => {
    expect(fileURLToPath(importer.findFileUrl('govuk-frontend/dist/govuk/base')!)).toBe(path.join(packages, 'govuk-frontend/dist/govuk/base'));
    expect(fileURLToPath(importer.findFileUrl('govuk')!)).toBe(path.join(styles, 'govuk'));
    expect(fileURLToPath(importer.findFileUrl('before-script')!)).toBe(path.join(styles, 'before-script'));
    for (const name of ['site', 'missing', '../govuk', 'pkg:govuk-frontend', 'file:///etc/passwd']) expect(importer.findFileUrl(name), name).toBeNull();
  });

  it('compiles a component style to the same CSS as the load paths alone', async () => {
    const style = '@use "govuk" as *;\n@use "govuk-frontend/dist/govuk/components/task-list/mixin";\n.app-x { color: govuk-colour("blue"); @include govuk-media-query($from: tablet) { margin: govuk-spacing(3); } }\n';
    const options = { loadPaths: [packages, styles], quietDeps: true, url: new URL('file:///site/Component.astro') };
    const found: string[] = [];
    const asked = { findFileUrl: (url: string) => (importer.findFileUrl(url) ? (found.push(url), importer.findFileUrl(url)) : null) };
    const withImporter = await compileStringAsync(style, { ...options, importers: [asked] });
    const without = await compileStringAsync(style, options);
    expect(withImporter.css).toBe(without.css);
    expect(withImporter.css).toContain('.app-x');
    // Only the names: what those files load, Sass reads from disk without asking.
    expect(found.sort()).toEqual(['govuk', 'govuk-frontend/dist/govuk/base', 'govuk-frontend/dist/govuk/components/task-list/mixin']);
  });
});
