import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Fast tests of pure code, no database.
        test: { name: 'unit', include: ['server/src/**/*.test.ts', 'web/src/**/*.test.ts'], environment: 'node' },
      },
      {
        // Tests against the real Neo4j the global setup starts (or NEO4J_TEST_URI), over real HTTP.
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          // One database for the whole run: files run one after another, never interleaved.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
