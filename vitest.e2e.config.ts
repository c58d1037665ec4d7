import { defineConfig } from 'vitest/config';

// Browser tests, kept out of `npm test` so it needs no browser: `npm run test:e2e`.
export default defineConfig({
  test: {
    name: 'e2e',
    // Tests read what builds print: no colour codes, even where CI=true turns them on.
    env: { NO_COLOR: '1' },
    include: ['tests/e2e/**/*.test.ts'],
    // One Chromium at a time on a 2-core machine; builds and page visits take a while.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
