import { defineConfig } from 'vitest/config';

// Tests read what builds and scripts print: no colour codes, even where CI=true turns them on.
const env = { NO_COLOR: '1' };

export default defineConfig({
  test: {
    projects: [
      // Unit tests never read the site's own settings (content/settings.yaml): a department's
      // severity levels or navigation must not change what the engine's tests expect (issue 20).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], env: { ...env, OPS_MANUAL_SETTINGS: 'tests/fixtures/settings.yaml' } } },
      {
        // Build tests run real Astro builds: one at a time, with room to finish.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], env, fileParallelism: false, testTimeout: 180_000, hookTimeout: 180_000 },
      },
    ],
  },
});
