import { Client, cacheExchange, fetchExchange } from 'urql';

/** The explorer talks to the API of the server that serves it (Vite's dev server forwards /graphql). */
export function createApiClient(url = '/graphql') {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'cache-first',
    // urql 5 sends queries as GET by default, which Apollo's CSRF protection refuses without a
    // preflight header; POST with a JSON body passes.
    preferGetMethod: false,
  });
}
