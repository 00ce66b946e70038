import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AnyVariables, Client, RequestPolicy } from 'urql';

// Loading every page of a Relay connection, one after another, with progress, until the last page,
// an error or a cancel: the one paging loop the matrix and the gaps table share.

/** One page as the loop needs it. */
export interface ConnectionPage<Node, Extra = never> {
  nodes: readonly Node[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** Rows the whole connection holds, when the API counts them. */
  totalCount?: number;
  /** What the first page carries besides rows (e.g. a summary). */
  extra?: Extra;
}

export interface PagingProgress<Node, Extra = never> {
  /** Every node so far, in order. */
  nodes: Node[];
  totalCount: number | null;
  /** From the first page. */
  extra: Extra | undefined;
  done: boolean;
}

export interface EveryPageOptions<Node, Extra> {
  /** Called after each page with everything so far. */
  onProgress?(progress: PagingProgress<Node, Extra>): void;
  /** Aborting stops the loop after the page in flight: it rejects with the signal's reason, reporting nothing more. */
  signal?: AbortSignal;
  /** A bound, so a server whose cursors never end cannot make it spin. */
  maxPages?: number;
}

/** A Relay connection (`nodes`, `pageInfo`, maybe `totalCount`) as one page. */
export function connectionPage<Node>(connection: {
  nodes: readonly Node[];
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}): ConnectionPage<Node> {
  return {
    nodes: connection.nodes,
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor ?? null,
    ...(connection.totalCount === undefined ? {} : { totalCount: connection.totalCount }),
  };
}

/**
 * Fetches pages from the first (`after` null) until one says it is the last; a page without an end
 * cursor or without nodes ends the loop too. An error from `fetchPage` rejects at once.
 */
export async function loadEveryPage<Node, Extra = never>(
  fetchPage: (after: string | null) => Promise<ConnectionPage<Node, Extra>>,
  { onProgress, signal, maxPages = 1000 }: EveryPageOptions<Node, Extra> = {},
): Promise<PagingProgress<Node, Extra>> {
  const nodes: Node[] = [];
  let extra: Extra | undefined;
  let after: string | null = null;
  for (let count = 1; ; count += 1) {
    signal?.throwIfAborted();
    const page: ConnectionPage<Node, Extra> = await fetchPage(after);
    signal?.throwIfAborted();
    nodes.push(...page.nodes);
    if (after === null) extra = page.extra;
    const done = !page.hasNextPage || page.endCursor === null || page.nodes.length === 0 || count >= maxPages;
    const progress: PagingProgress<Node, Extra> = { nodes: [...nodes], totalCount: page.totalCount ?? null, extra, done };
    onProgress?.(progress);
    if (done) return progress;
    after = page.endCursor;
  }
}

/** One query's data through the urql client; an error, or an answer without data, rejects. */
export async function queryData<Data, Variables extends AnyVariables>(
  client: Client,
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  requestPolicy: RequestPolicy = 'network-only',
): Promise<Data> {
  const result = await client.query(query, variables, { requestPolicy }).toPromise();
  if (result.error) throw result.error;
  if (!result.data) throw new Error('The API answered without data.');
  return result.data;
}
