import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // No test reaches the network: any attempt to leave loopback throws and fails its test.
    setupFiles: ['tests/unit/no-network.setup.ts'],
    // Argon2id at real strength and real encrypted databases: give slow machines room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
