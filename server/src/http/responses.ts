import type { Response } from 'express';
import { HTTP_STATUS, httpHeaders, type ErrorCode } from '../common/error-codes.js';

/**
 * Answers with a GraphQL-shaped error body (`{ errors: [{ message, extensions: { code } }] }`), so
 * clients read HTTP-level refusals the way they read GraphQL errors.
 */
export function sendGraphQLError(
  response: Response,
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  status = HTTP_STATUS[code],
): void {
  for (const [name, value] of httpHeaders(code)) response.set(name, value);
  response.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}
