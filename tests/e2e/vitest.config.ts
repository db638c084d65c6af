import { defineConfig } from 'vitest/config';

// Tests of what ships: they read dist/ (built by `npm test` before this runs) and drive Chromium.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
