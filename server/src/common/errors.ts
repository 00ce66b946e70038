import { GraphQLError } from 'graphql';
import type { ErrorCode } from './error-codes.js';

/**
 * Errors are part of the API: a stable `extensions.code`, a message a person can act on, and the
 * input field it concerns (`extensions.field`, a dotted path such as `input.strength`).
 */
export function codedError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export function badUserInput(message: string, field: string): GraphQLError {
  return codedError('BAD_USER_INPUT', message, { field });
}

export function notFound(message: string, field: string): GraphQLError {
  return codedError('NOT_FOUND', message, { field });
}

export function conflict(message: string, field: string, details: Record<string, unknown> = {}): GraphQLError {
  return codedError('CONFLICT', message, { field, ...details });
}
