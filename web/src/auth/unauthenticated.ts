import type { CombinedError } from 'urql';

/** What of an error these checks read: urql's CombinedError, or a plain Error. */
type ErrorLike = Pick<CombinedError, 'graphQLErrors' | 'response'> | Error | null | undefined;

/** An error's `extensions.code` (an ErrorCode string; '' when there is none or it is not a string). */
export function codeOf(code: unknown): string {
  return typeof code === 'string' ? code : '';
}

function graphQLCodes(error: ErrorLike): string[] {
  const errors = (error as Partial<CombinedError> | null | undefined)?.graphQLErrors ?? [];
  return errors.map((item) => codeOf(item.extensions?.code));
}

/**
 * The API wants credentials it did not get, or refused the ones it got: HTTP 401, or an error with
 * `extensions.code` UNAUTHENTICATED (the body of that 401, or a proxy's 401 without one).
 */
export function isUnauthenticated(error: ErrorLike): boolean {
  if (!error) return false;
  const response = (error as Partial<CombinedError>).response as { status?: number } | undefined;
  return response?.status === 401 || graphQLCodes(error).includes('UNAUTHENTICATED');
}

/** The caller is known, but its role may not do this (extensions.code FORBIDDEN). */
export function isForbidden(error: ErrorLike): boolean {
  return graphQLCodes(error).includes('FORBIDDEN');
}
