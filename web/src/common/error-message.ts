import type { CombinedError } from 'urql';
import { codeOf, isUnauthenticated } from '../auth/unauthenticated.js';

/** What went wrong, in words a user can act on. */
export function errorMessage(error: CombinedError | Error): string {
  const combined = error as CombinedError;
  const graphQLErrors = combined.graphQLErrors ?? [];
  const codes = new Set(graphQLErrors.map((item) => codeOf(item.extensions?.code)));
  // Before the network check: a proxy's 401 without a JSON body arrives as a network error.
  if (isUnauthenticated(combined))
    return 'The API needs an API key for this: enter one in the key dialog (“Enter API key” at the top opens it again).';
  if (Boolean(combined.networkError) || /fetch|network/i.test(error.message))
    return 'The Crosswalk API cannot be reached. Is the server running (npm start)?';
  if (codes.has('DATABASE_UNAVAILABLE')) return 'The graph database is not answering right now.';
  // FORBIDDEN and the rest: the API's own words (they name what the role may not do).
  if (graphQLErrors.length > 0) return graphQLErrors.map((item) => item.message).join(' ');
  return error.message;
}
