import type { Client } from 'urql';
import { connectionPage, loadEveryPage, queryData } from '../api/every-page.js';
import { toMatrixMapping, toMatrixMappings, toMatrixProvision } from './from-api.js';
import type { MatrixMapping, MatrixProvision } from './matrix.js';
import { MAPPINGS_PER_PROVISION, MATRIX_PAGE_SIZE, MatrixActProvisions, MatrixIsoProvisions, MatrixMoreMappings } from './queries.js';

// Loads the matrix's provisions and mappings, every page of them.

export interface MatrixData {
  act: MatrixProvision[];
  iso: MatrixProvision[];
  mappings: MatrixMapping[];
}

const NO_MAPPINGS = { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };

export async function loadMatrixData(client: Client, signal?: AbortSignal): Promise<MatrixData> {
  const [act, iso] = await Promise.all([
    loadEveryPage(
      async (after) =>
        connectionPage(
          (await queryData(client, MatrixActProvisions, { first: MATRIX_PAGE_SIZE, after, mappings: MAPPINGS_PER_PROVISION })).provisions,
        ),
      { signal },
    ),
    loadEveryPage(
      async (after) => connectionPage((await queryData(client, MatrixIsoProvisions, { first: MATRIX_PAGE_SIZE, after })).provisions),
      { signal },
    ),
  ]);
  const { mappings, incomplete } = toMatrixMappings(act.nodes);
  // A provision with more mappings than came with it: page through the rest of its own.
  for (const id of incomplete) {
    const more = await loadEveryPage(
      async (after) => {
        const data = await queryData(client, MatrixMoreMappings, { id, first: 500, after });
        return connectionPage(data.node && 'mappings' in data.node ? data.node.mappings : NO_MAPPINGS);
      },
      { signal },
    );
    mappings.push(...more.nodes.map(toMatrixMapping));
  }
  return { act: act.nodes.map(toMatrixProvision), iso: iso.nodes.map(toMatrixProvision), mappings };
}
