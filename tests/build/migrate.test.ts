/** `ops-manual migrate` rewrites files whose format changed, and the check says which files need it until it has. */
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/check.ts';
import { OUTPUT_ROOT, ROOT } from '../support/site.ts';

const content = path.join(OUTPUT_ROOT, 'migrate-content');
rmSync(content, { recursive: true, force: true });
cpSync(path.join(ROOT, 'tests/fixtures/plain-markdown/content'), content, { recursive: true });
const relative = path.relative(ROOT, content);

describe('ops-manual migrate', () => {
  it('finds a service manual written as MDX, renames it to .md, and the check is then quiet', () => {
    const services = path.join(content, 'services');
    const manual = readdirSync(services).find((file) => file.endsWith('.md'))!;
    renameSync(path.join(services, manual), path.join(services, manual.replace(/\.md$/, '.mdx')));

    const before = runScript('check', relative);
    expect(before.output).toContain(`services/${manual.replace(/\.md$/, '.mdx')}:1: is MDX, but service manuals and run books are plain Markdown now`);

    const dryRun = runScript('migrate', relative, ['--dry-run']);
    expect(dryRun.status, dryRun.output).toBe(0);
    expect(existsSync(path.join(services, manual))).toBe(false);

    const migrate = runScript('migrate', relative);
    expect(migrate.status, migrate.output).toBe(0);
    expect(migrate.output).toContain(`Changed ${relative}/services/${manual.replace(/\.md$/, '.mdx')} → ${relative}/services/${manual}`);
    expect(existsSync(path.join(services, manual))).toBe(true);

    const after = runScript('check', relative);
    expect(after.status, after.output).toBe(0);
    expect(after.output).not.toContain('is MDX');
  });
});
