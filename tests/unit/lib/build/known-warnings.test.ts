import { describe, expect, it } from 'vitest';
import { isHarmlessWarning, onBundlerWarning } from '../../../../src/lib/build/known-warnings.ts';

const directive = (file: string, directiveName = 'use astro:head-inject') => ({
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: `The semantics of the module level directive "${directiveName}" in "${file}" may not be preserved when bundling.`,
});

describe('isHarmlessWarning', () => {
  it("drops Astro's head-inject marker in its wrapper of an MDX entry", () => {
    expect(isHarmlessWarning(directive('content/services/find-mentor-training.mdx?astroPropagatedAssets'))).toBe(true);
  });
  it('keeps any other directive, in the same file or another', () => {
    expect(isHarmlessWarning(directive('content/services/x.mdx?astroPropagatedAssets', 'use client'))).toBe(false);
    expect(isHarmlessWarning(directive('src/components/x.ts'))).toBe(false);
  });
  it('keeps warnings with other codes even when the words match', () => {
    expect(isHarmlessWarning({ ...directive('content/services/x.mdx?astroPropagatedAssets'), code: 'CIRCULAR_DEPENDENCY' })).toBe(false);
  });
});

describe('onBundlerWarning', () => {
  it('passes on the warnings it keeps and only those', () => {
    const shown: string[] = [];
    const show = (w: { message: string }) => shown.push(w.message);
    onBundlerWarning(directive('content/runbooks/a.mdx?astroPropagatedAssets'), show);
    onBundlerWarning({ code: 'EVAL', message: 'Use of eval is strongly discouraged' }, show);
    expect(shown).toEqual(['Use of eval is strongly discouraged']);
  });
});
