import type { Response } from 'express';

/**
 * Answers with a GraphQL-shaped error body (`{ errors: [{ message, extensions: { code } }] }`), so
 * clients read HTTP-level refusals the way they read GraphQL errors.
 */
export function sendGraphQLError(
  response: Response,
  status: number,
  message: string,
  code: string,
  extensions: Record<string, unknown> = {},
): void {
  response.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}
