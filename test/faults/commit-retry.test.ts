// A write the driver runs twice: the first run's commit answer can be lost with the connection while
// the commit itself went through; the second run then meets the first one's work. Against the run's
// real Neo4j, the first run is failed with a transient error the driver retries on.
import { Neo4jError } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphExecutor } from '../../server/src/db/executor.js';
import { testConnection, testDriver } from '../support/neo4j.js';

const driver = testDriver();
const executor = new GraphExecutor(driver, { database: testConnection().database, transactionTimeoutMs: 10_000 });

afterAll(() => driver.close());

/** Runs `secondRun` as the driver's retry of a first run that failed transiently. */
async function writeWithRetry(secondRun: () => never | Promise<never>): Promise<unknown> {
  let runs = 0;
  return executor
    .write(async (tx) => {
      runs += 1;
      await tx.run('RETURN 1');
      if (runs === 1) throw new Neo4jError('connection lost during commit', 'Neo.TransientError.General.DatabaseUnavailable', 'N/A', 'N/A');
      return secondRun();
    })
    .catch((error: unknown) => error);
}

describe('a write retried by the driver', () => {
  it('tells a conflict met on the second run as "may have been applied", not as a conflict', async () => {
    const error = await writeWithRetry(() => {
      throw new GraphQLError('exists', { extensions: { code: 'CONFLICT' } });
    });
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', mayHaveBeenApplied: true });
    expect((error as GraphQLError).message).toMatch(/may have been applied/);
  });

  it('does the same for a node found missing on the second run (a delete that went through)', async () => {
    const error = await writeWithRetry(() => {
      throw new GraphQLError('gone', { extensions: { code: 'NOT_FOUND', field: 'id' } });
    });
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', mayHaveBeenApplied: true });
  });

  it('keeps other refusals on a second run as they are', async () => {
    const error = await writeWithRetry(() => {
      throw new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT', field: 'name' } });
    });
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('keeps a conflict met on the first run a conflict', async () => {
    const error = await executor
      .write(async () => {
        throw new GraphQLError('exists', { extensions: { code: 'CONFLICT' } });
      })
      .catch((caught: unknown) => caught);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'CONFLICT' });
  });
});
