import { GraphQLError } from 'graphql';
import { httpExtension, type ErrorCode } from '../common/error-codes.js';

/** The API's code for "the graph database cannot be reached right now; retry shortly" (its status: common/error-codes.ts). */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE' satisfies ErrorCode;

// Driver codes for a lost or refused connection, and Neo4j's own for a database stopping or not yet started.
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Database.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseUnavailable',
  // Open transactions are terminated while the database shuts down.
  'Neo.TransientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);
// The driver raises these without a code (pool exhausted by connections that never answer, connect timeout).
const UNAVAILABLE_MESSAGES = [/^Connection acquisition timed out/, /^Failed to establish connection in/];
// Node's socket errors, should one reach us unwrapped.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTCONN']);

/**
 * Whether an error means that Neo4j cannot be reached or is not serving (as opposed to a bad query, a
 * constraint, a timeout of the query itself). Looks through `cause` chains, as the driver wraps.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || SOCKET_CODES.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The error a client gets while Neo4j is unreachable: no driver message, no stack, no address. */
export function databaseUnavailable(): GraphQLError {
  return new GraphQLError('The graph database is unavailable right now; try again in a few seconds.', {
    extensions: { code: DATABASE_UNAVAILABLE, http: httpExtension(DATABASE_UNAVAILABLE) },
  });
}

/**
 * The error for a write whose commit answer was lost with the connection: the driver ran it again and
 * the second run found its own first run's work (an id already taken, a node already gone). The change
 * may well be in the graph, so the client is told to read before retrying rather than "conflict".
 */
export function commitOutcomeUnknown(): GraphQLError {
  return new GraphQLError(
    'The connection to the graph database was lost while this change was being committed; it may have been applied. Read it back before retrying.',
    {
      extensions: {
        code: DATABASE_UNAVAILABLE,
        mayHaveBeenApplied: true,
        http: httpExtension(DATABASE_UNAVAILABLE),
      },
    },
  );
}
