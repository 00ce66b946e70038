import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { DATABASE_UNAVAILABLE, databaseUnavailable, isDatabaseUnavailable } from './unavailable.js';
import { GraphQLError } from 'graphql';
import { createErrorFormatter } from '../http/errors.js';
import { toGraphQLError } from './executor.js';

const driverError = (message: string, code: string) => new neo4j.Neo4jError(message, code, '', '');

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'connection refused',
      driverError('Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7699', 'ServiceUnavailable'),
    ],
    ['connection lost mid-transaction', driverError('Connection was closed by server', 'SessionExpired')],
    ['database stopping', driverError('Database neo4j is unavailable.', 'Neo.TransientError.General.DatabaseUnavailable')],
    [
      'transaction terminated by shutdown',
      driverError('The transaction has been terminated.', 'Neo.TransientError.Transaction.Terminated'),
    ],
    ['pool acquisition timeout', driverError('Connection acquisition timed out in 5000 ms. Pool status: …', 'N/A')],
    ['connect timeout', driverError('Failed to establish connection in 5000ms', 'ServiceUnavailable')],
    ['a raw socket error', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['a wrapped one', new Error('setup failed', { cause: driverError('gone', 'ServiceUnavailable') })],
  ])('is true for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a syntax error', driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError')],
    ['a constraint', driverError('already exists', 'Neo.ClientError.Schema.ConstraintValidationFailed')],
    ['a query timeout', driverError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')],
    ['wrong credentials', driverError('unauthorized', 'Neo.ClientError.Security.Unauthorized')],
    ['a plain error', new Error('boom')],
    ['not an error', 'ServiceUnavailable'],
    ['nothing', undefined],
  ])('is false for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('the error a client gets', () => {
  it('has the code, a 503 status, and nothing of the driver’s message', () => {
    const error = toGraphQLError(driverError('Failed to connect to server bolt://secret-host:7687', 'ServiceUnavailable')) as ReturnType<
      typeof databaseUnavailable
    >;
    expect(error.extensions.code).toBe(DATABASE_UNAVAILABLE);
    expect(error.extensions.http).toMatchObject({ status: 503 });
    expect(error.message).not.toMatch(/secret-host|bolt:/);
  });

  it('tells a transaction terminated early by a stopping database from a real timeout', () => {
    const terminated = driverError(
      'The transaction has been terminated.',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    );
    const code = (error: unknown) => (error as ReturnType<typeof databaseUnavailable>).extensions.code;
    expect(code(toGraphQLError(terminated, { elapsedMs: 40, timeoutMs: 15_000 }))).toBe(DATABASE_UNAVAILABLE);
    expect(code(toGraphQLError(terminated, { elapsedMs: 15_200, timeoutMs: 15_000 }))).toBe('QUERY_TIMEOUT');
    expect(code(toGraphQLError(terminated))).toBe('QUERY_TIMEOUT');
  });

  it('leaves other errors to their own mapping', () => {
    const conflict = toGraphQLError(driverError('already exists', 'Neo.ClientError.Schema.ConstraintValidationFailed')) as ReturnType<
      typeof databaseUnavailable
    >;
    expect(conflict.extensions.code).toBe('CONFLICT');
  });
});

describe('the error formatter', () => {
  it('answers a lost database that bypassed the data layer as DATABASE_UNAVAILABLE, unlogged and without its message', () => {
    const logged: unknown[] = [];
    const format = createErrorFormatter({ development: false, log: (error) => logged.push(error) });
    const original = driverError('Failed to connect to server bolt://secret-host:7687', 'ServiceUnavailable');
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ['vendors'] });
    const formatted = format({ message: original.message, path: ['vendors'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(formatted).toEqual({
      message: expect.not.stringMatching(/secret-host/),
      path: ['vendors'],
      extensions: { code: DATABASE_UNAVAILABLE },
    });
    expect(logged).toEqual([]);
  });
});
