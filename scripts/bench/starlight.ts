/**
 * Starlight, the yardstick of issue 22, built on the same generated guidance
 * corpus as ops-manual. Starlight is never a dependency of the engine: it is
 * installed from the npm registry, on first use, into its own package in the
 * git-ignored tests/.output/bench/starlight/ (kept between runs), with the
 * same Astro version as the engine so both builds run the same Astro.
 *
 * Each site is a folder under that package (so its imports resolve to the
 * package's node_modules, not the engine's): Starlight's defaults (its
 * sidebar lists every page, Pagefind search) with the corpus's guidance
 * pages as its docs. Starlight ignores the frontmatter fields it does not know.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Starlight 0.42.9 asks for astro ^7.2.10 (`npm view @astrojs/starlight@0.42.9 peerDependencies`). */
export const STARLIGHT_VERSION = '0.42.9';

/** The Starlight package folder under `work`, installed if it is not yet (or was installed for another Astro). */
export function ensureStarlight(work: string, engineRoot: string): { folder: string; astroVersion: string; installed: boolean } {
  const folder = path.join(work, 'starlight');
  const astroVersion = (JSON.parse(readFileSync(path.join(engineRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
  const manifest = {
    name: 'ops-manual-bench-starlight',
    private: true,
    type: 'module',
    dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion },
  };
  const manifestFile = path.join(folder, 'package.json');
  const wanted = `${JSON.stringify(manifest, null, 2)}\n`;
  const current = existsSync(manifestFile) ? readFileSync(manifestFile, 'utf8') : '';
  const ready = current === wanted && existsSync(path.join(folder, 'node_modules/@astrojs/starlight/package.json')) && existsSync(path.join(folder, 'node_modules/astro/bin/astro.mjs'));
  if (ready) return { folder, astroVersion, installed: false };
  mkdirSync(folder, { recursive: true });
  writeFileSync(manifestFile, wanted);
  console.log(`  installing @astrojs/starlight ${STARLIGHT_VERSION} with astro ${astroVersion} into ${path.relative(engineRoot, folder)} (npm, once)`);
  // The same npm that runs the benchmark (npm sets npm_execpath); plain `npm` otherwise.
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  execFileSync(npm[0]!, [...npm.slice(1), 'install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder, stdio: 'inherit' });
  return { folder, astroVersion, installed: true };
}

/** A Starlight site whose docs are the `guidance/` folder of a generated content tree; returns its root. */
export function makeStarlightSite(starlightFolder: string, name: string, content: string): string {
  const root = path.join(starlightFolder, 'sites', name);
  rmSync(root, { recursive: true, force: true });
  const docs = path.join(root, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  cpSync(path.join(content, 'guidance'), path.join(docs, 'guidance'), { recursive: true });
  writeFileSync(
    path.join(docs, 'index.md'),
    '---\ntitle: Operations manual\ndescription: The generated guidance corpus, built with Starlight.\n---\n\nThe [guidance](/guidance/).\n',
  );
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({ integrations: [starlight({ title: 'Operations manual' })] });\n",
  );
  writeFileSync(
    path.join(root, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  writeFileSync(path.join(root, 'tsconfig.json'), '{ "extends": "astro/tsconfigs/strict" }\n');
  return root;
}
