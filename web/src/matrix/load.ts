import { useEffect, useState } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useClient, type AnyVariables, type Client, type CombinedError } from 'urql';
import { toMatrixMapping, toMatrixMappings, toMatrixProvision } from './from-api.js';
import { allPages } from './paging.js';
import type { MatrixMapping, MatrixProvision } from './matrix.js';
import { MAPPINGS_PER_PROVISION, MATRIX_PAGE_SIZE, MatrixActProvisions, MatrixIsoProvisions, MatrixMoreMappings } from './queries.js';

// Loads the matrix's provisions and mappings, every page of them.

export interface MatrixData {
  act: MatrixProvision[];
  iso: MatrixProvision[];
  mappings: MatrixMapping[];
}

async function fetchPage<Data, Variables extends AnyVariables>(client: Client, query: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data> {
  const result = await client.query(query, variables, { requestPolicy: 'network-only' }).toPromise();
  if (result.error) throw result.error;
  if (!result.data) throw new Error('The API answered without data.');
  return result.data;
}

export async function loadMatrixData(client: Client): Promise<MatrixData> {
  const [act, iso] = await Promise.all([
    allPages(async (after) => (await fetchPage(client, MatrixActProvisions, { first: MATRIX_PAGE_SIZE, after, mappings: MAPPINGS_PER_PROVISION })).provisions),
    allPages(async (after) => (await fetchPage(client, MatrixIsoProvisions, { first: MATRIX_PAGE_SIZE, after })).provisions),
  ]);
  const { mappings, incomplete } = toMatrixMappings(act);
  // A provision with more mappings than came with it: page through the rest of its own.
  for (const id of incomplete) {
    const more = await allPages(async (after) => {
      const data = await fetchPage(client, MatrixMoreMappings, { id, first: 500, after });
      return data.node && 'mappings' in data.node ? data.node.mappings : { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    });
    mappings.push(...more.map(toMatrixMapping));
  }
  return { act: act.map(toMatrixProvision), iso: iso.map(toMatrixProvision), mappings };
}

export type MatrixLoad = { state: 'loading' } | { state: 'error'; error: CombinedError | Error } | { state: 'done'; data: MatrixData };

/** The matrix data, loaded once per mount; `retry` loads it again. */
export function useMatrixData(): [MatrixLoad, () => void] {
  const client = useClient();
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<MatrixLoad>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    setLoad({ state: 'loading' });
    loadMatrixData(client).then(
      (data) => !cancelled && setLoad({ state: 'done', data }),
      (error: unknown) => !cancelled && setLoad({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, attempt]);
  return [load, () => setAttempt((count) => count + 1)];
}
