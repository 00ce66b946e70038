import type { ExecutionResult } from 'graphql';
import { authorizationHeaders, readApiKey } from '../auth/api-key-storage.js';

/** Where the API answers: the page is served by it, so the same origin. */
const ENDPOINT = '/graphql';

export const DEFAULT_QUERY = `# Crosswalk's GraphQL API. Ctrl-Space completes, Ctrl-Enter runs.
{
  frameworks {
    nodes {
      id
      title
      provisions(first: 5) {
        totalCount
        nodes { ref title }
      }
    }
  }
}
`;

interface GraphQLParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/**
 * The request's headers: JSON, the headers pane's, and the explorer's API key for this tab (the
 * explorer's key dialog keeps it in sessionStorage) unless the pane sends an Authorization of its own.
 */
export function requestHeaders(paneHeaders: Record<string, unknown> | undefined, tabKey: string | null): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/graphql-response+json, application/json',
    'content-type': 'application/json',
  };
  for (const [name, value] of Object.entries(paneHeaders ?? {})) headers[name] = String(value);
  const paneAuthorizes = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
  return paneAuthorizes ? headers : { ...headers, ...authorizationHeaders(tabKey) };
}

/** POSTs an operation as JSON (GET is for reads only; POST carries mutations too), with the headers pane's headers. */
export async function postGraphQL(params: GraphQLParams, options?: { headers?: Record<string, unknown> }): Promise<ExecutionResult> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: requestHeaders(options?.headers, readApiKey()),
    body: JSON.stringify(params),
  });
  return (await response.json()) as ExecutionResult;
}
