import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Pipeline tests run the whole corpus; two forks keep a 2-core machine busy without thrashing.
    pool: 'forks',
    maxWorkers: 2,
  },
});
