import type { ErrorCode } from '../generated/resolvers-types.js';

// The API's error codes are declared once, as `enum ErrorCode` in common/schema.graphql (with what each
// means); codegen turns it into the `ErrorCode` type, so this table must name every code and no other.

export type { ErrorCode };

/**
 * The HTTP status of an answer refused as a whole with the code. A code that is only ever a field's
 * error maps to 200: the answer carries the other fields' data.
 */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 200,
  CONFLICT: 200,
  QUERY_TIMEOUT: 200,
  DATABASE_UNAVAILABLE: 503,
  IDENTITY_PROVIDER_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
  QUERY_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  QUERY_TOO_COMPLEX: 400,
  TOO_MANY_TOKENS: 400,
  BATCH_TOO_LARGE: 400,
  PAYLOAD_TOO_LARGE: 413,
  INTROSPECTION_DISABLED: 400,
  INTERNAL_SERVER_ERROR: 500,
};

/** Seconds a client is told to wait (Retry-After) after a 503. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * Codes that decide the status of the whole answer even when only one field met them: with the
 * database away, a 200 would tell caches and load balancers that all is well.
 */
const WHOLE_ANSWER_CODES: ReadonlySet<ErrorCode> = new Set(['DATABASE_UNAVAILABLE']);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(HTTP_STATUS, value);
}

/** The headers an answer refused with the code carries: Retry-After with every 503. */
export function httpHeaders(code: ErrorCode): Map<string, string> {
  return HTTP_STATUS[code] === 503 ? new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) : new Map<string, string>();
}

/** Apollo's `extensions.http` for an error thrown where no plugin sees it (the context function). */
export function httpExtension(code: ErrorCode): { status: number; headers: Map<string, string> } {
  return { status: HTTP_STATUS[code], headers: httpHeaders(code) };
}

/** The code among an answer's errors that sets its status although GraphQL ran, if any. */
export function wholeAnswerCode(codes: readonly unknown[]): ErrorCode | undefined {
  return codes.find((code): code is ErrorCode => isErrorCode(code) && WHOLE_ANSWER_CODES.has(code));
}
