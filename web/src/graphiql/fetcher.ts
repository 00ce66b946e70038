import type { ExecutionResult } from 'graphql';

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

/** POSTs an operation as JSON (GET is for reads only; POST carries mutations too), with the headers pane's headers. */
export async function postGraphQL(params: GraphQLParams, options?: { headers?: Record<string, unknown> }): Promise<ExecutionResult> {
  const headers: Record<string, string> = { accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json' };
  for (const [name, value] of Object.entries(options?.headers ?? {})) headers[name] = String(value);
  const response = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify(params) });
  return (await response.json()) as ExecutionResult;
}
