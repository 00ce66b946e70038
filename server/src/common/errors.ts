import { GraphQLError } from 'graphql';

/**
 * Errors are part of the API: a stable `extensions.code`, a message a person can act on, and the
 * input field it concerns (`extensions.field`, a dotted path such as `input.strength`).
 */
export function badUserInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

export function notFound(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', field } });
}

export function conflict(message: string, field: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', field, ...details } });
}
