import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { authorizationHeaders } from '../auth/api-key-storage.js';
import { isUnauthenticated } from '../auth/unauthenticated.js';
import { bookmarkingFetch } from './bookmark-fetch.js';

export interface ApiClientOptions {
  /** The explorer talks to the API of the server that serves it (Vite's dev server forwards /graphql). */
  url?: string;
  /** Sent as `Authorization: Bearer <key>` on every request; a new key means a new client. */
  apiKey?: string | null;
  /** Every answer from the network: whether the API refused it for want of (valid) credentials. */
  onAnswer?(answer: { unauthenticated: boolean }): void;
}

export function createApiClient({ url = '/graphql', apiKey = null, onAnswer }: ApiClientOptions = {}) {
  return new Client({
    url,
    // After the cache, so it sees what the API answered, not what the cache repeats.
    exchanges: [
      cacheExchange,
      mapExchange({ onResult: (result) => onAnswer?.({ unauthenticated: isUnauthenticated(result.error) }) }),
      fetchExchange,
    ],
    requestPolicy: 'cache-first',
    // urql 5 sends queries as GET by default, which Apollo's CSRF protection refuses without a
    // preflight header; POST with a JSON body passes (and keeps the query, and so nothing secret, out of URLs).
    preferGetMethod: false,
    fetchOptions: { headers: authorizationHeaders(apiKey) },
    fetch: bookmarkingFetch(),
  });
}
