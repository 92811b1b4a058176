import { defineConfig } from 'vitest/config';

/**
 * `npm run bench`: benchmarks that print their figures (latency percentiles, a reference workload
 * to read them against). They assert what they measure ran correctly, never how fast it was.
 */
export default defineConfig({
  test: {
    include: ['tests/bench/**/*.bench.test.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.test.ts'] },
    environment: 'node',
    pool: 'forks',
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
