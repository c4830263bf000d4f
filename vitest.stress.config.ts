import { defineConfig } from 'vitest/config';

// The heavy tests: fuzzed corpora and questions, load and faults through the fake Discord.
export default defineConfig({
  test: {
    include: ['tests/stress/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // A temporary folder for the run, checked for leftovers and removed at the end.
    globalSetup: ['tests/support/temporary-folder.ts'],
    fileParallelism: false,
  },
});
