import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/stress/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // A temporary folder for the run, checked for leftovers and removed at the end.
    globalSetup: ['tests/support/temporary-folder.ts'],
  },
});
