import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // beforeAll hooks ask python for whole botocore listings: 10 s (the default) is too short on a busy machine.
    hookTimeout: 120_000,
    pool: 'threads',
    // One temporary root per run, removed at the end (test/helpers/temp-root.ts), and each test
    // file's own temporary directories removed after it (test/helpers/temp-cleanup.ts).
    globalSetup: ['test/helpers/temp-root.ts'],
    setupFiles: ['test/helpers/temp-cleanup.ts'],
  },
});
