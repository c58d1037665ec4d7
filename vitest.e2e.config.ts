import { defineConfig } from 'vitest/config';

// Browser tests, kept out of `npm test` so it needs no browser: `npm run test:e2e`.
export default defineConfig({
  test: {
    name: 'e2e',
    // Tests read what builds print: no colour codes, even where CI=true turns them on.
    env: { NO_COLOR: '1' },
    include: ['tests/e2e/**/*.test.ts'],
    // The example site is built once, at the root and under /ops-manual/, for every file that needs it.
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // One Chromium at a time on a 2-core machine; builds and page visits take a while.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
