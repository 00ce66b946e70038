import type { ErrorRequestHandler, RequestHandler } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from '../common/error-codes.js';
import { databaseUnavailable, isDatabaseUnavailable } from '../db/unavailable.js';
import { LIMIT_CODES, isLimitCode, tokenLimitMessage } from './limits.js';
import { sendGraphQLError } from './responses.js';

/** Logs what the client is not told: unexpected errors, with their stack. */
export type ErrorLog = (error: unknown) => void;

export const logToConsole: ErrorLog = (error) => {
  console.error('crosswalk: unexpected error while serving a request:', error);
};

/** POSTs must be JSON; anything else is refused before it is read (GET carries queries in the URL). */
export const requireJsonPost: RequestHandler = (request, response, next) => {
  const essence = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (request.method !== 'POST' || essence === 'application/json') {
    next();
    return;
  }
  sendGraphQLError(
    response,
    'BAD_REQUEST',
    `POST requests must carry a JSON body with Content-Type: application/json (this one has ${essence ? `"${essence}"` : 'none'}). ` +
      'Queries can also be sent as GET /graphql?query=….',
    {},
    415,
  );
};

interface BodyParserError {
  type?: string;
  limit?: number;
  length?: number;
}

/** The JSON body parser's refusals (too large, not JSON, unknown charset) as GraphQL-shaped errors. */
export function bodyParserErrors(maxBodyBytes: number): ErrorRequestHandler {
  return (error: BodyParserError, _request, response, next) => {
    switch (error?.type) {
      case 'entity.too.large':
        sendGraphQLError(
          response,
          LIMIT_CODES.body,
          `The request body${error.length ? ` (${error.length} bytes)` : ''} is larger than the ${maxBodyBytes} bytes this server accepts; send a shorter request.`,
          { limit: maxBodyBytes },
        );
        return;
      case 'entity.parse.failed':
        sendGraphQLError(
          response,
          'BAD_REQUEST',
          `The request body is not valid JSON (${(error as Error).message}). Send {"query": "…", "variables": {…}}.`,
        );
        return;
      case 'charset.unsupported':
      case 'encoding.unsupported':
        sendGraphQLError(response, 'BAD_REQUEST', `${(error as Error).message}; send the body as UTF-8 JSON.`, {}, 415);
        return;
      default:
        next(error);
    }
  };
}

/** Anything else that escaped a route: logged here, a generic answer there, never a stack trace. */
export function lastResortErrors(log: ErrorLog): ErrorRequestHandler {
  return (error: { status?: unknown; expose?: unknown; message?: unknown }, _request, response, next) => {
    if (response.headersSent) {
      // Too late for a clean answer; Express's own handler closes the connection.
      next(error);
      return;
    }
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) {
      log(error);
      sendGraphQLError(response, 'INTERNAL_SERVER_ERROR', 'Internal server error; the server log has the details.');
    } else {
      const detail = error.expose === true && typeof error.message === 'string' ? error.message : 'The request could not be handled.';
      sendGraphQLError(response, 'BAD_REQUEST', detail, {}, status);
    }
  };
}

export interface ErrorFormatOptions {
  /** NODE_ENV=development: unexpected errors keep their message (and Apollo adds the stack trace). */
  development: boolean;
  log: ErrorLog;
}

/**
 * Apollo's `formatError`: limits keep their own code, and unexpected errors are logged and, outside
 * development, answered with a generic message, since theirs may carry Cypher or internals.
 */
export function createErrorFormatter(options: ErrorFormatOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    // Apollo files every validation-rule error under GRAPHQL_VALIDATION_FAILED; a limit keeps its code.
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    if (original instanceof GraphQLError && isLimitCode(original.extensions.code)) {
      return { ...formatted, extensions: { ...formatted.extensions, code: original.extensions.code } };
    }
    if (code === 'GRAPHQL_PARSE_FAILED') {
      const tokens = tokenLimitMessage(formatted.message);
      if (tokens) {
        return {
          ...formatted,
          message: tokens.message,
          extensions: { ...formatted.extensions, code: LIMIT_CODES.tokens, limit: tokens.limit },
        };
      }
    }
    if (code === 'INTERNAL_SERVER_ERROR' && isDatabaseUnavailable(original ?? error)) {
      // A lost database reached here without the data layer's mapping: same answer, nothing logged.
      return {
        message: databaseUnavailable().message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'DATABASE_UNAVAILABLE' satisfies ErrorCode },
      };
    }
    if (code === 'INTERNAL_SERVER_ERROR') {
      options.log(error instanceof GraphQLError && error.originalError ? error.originalError : error);
      if (!options.development) {
        return {
          message: 'Internal server error; the server log has the details.',
          ...(formatted.locations ? { locations: formatted.locations } : {}),
          ...(formatted.path ? { path: formatted.path } : {}),
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        };
      }
    }
    return formatted;
  };
}
