import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships a CommonJS build (main) and an ESM one (module). Node, and so Apollo and the other
// libraries, load the CommonJS one; Vite would give our sources the ESM one: two graphql instances in
// one process, whose `instanceof` checks fail across. Our sources get Node's choice too.
const graphqlAsNodeLoadsIt = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }];

/** Test files that start their own Neo4j and never touch the run's. */
const OWN_NEO4J = [
  'test/start.test.ts',
  'test/faults/outage.test.ts',
  'test/faults/start-unreachable.test.ts',
  'test/neo4j-local/*.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        // Fast tests of pure code, no database.
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'server/tools/**/*.test.ts', 'web/src/**/*.test.ts'],
          environment: 'node',
        },
        resolve: { alias: graphqlAsNodeLoadsIt },
      },
      {
        // Tests against the real Neo4j the global setup starts (or NEO4J_TEST_URI), over real HTTP.
        resolve: { alias: graphqlAsNodeLoadsIt },
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: OWN_NEO4J,
          globalSetup: ['test/support/global-setup.ts'],
          // One database for the whole run: files run one after another, never interleaved.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        // Tests that start Neo4j (or npm start) of their own, on their own ports and folders: they
        // share nothing with the run's database, so they run beside the integration files instead of
        // after them (one at a time: two of them use the same spare port). The global setup of the
        // integration project builds the launcher before any test starts.
        resolve: { alias: graphqlAsNodeLoadsIt },
        test: { name: 'own-neo4j', include: OWN_NEO4J, fileParallelism: false, testTimeout: 240_000, hookTimeout: 600_000 },
      },
    ],
  },
});
