import type { Client } from 'urql';
import { loadEveryPage, queryData, type PagingProgress } from '../api/every-page.js';
import type { LoadContext } from '../api/use-load.js';
import type { GapRowsQueryVariables } from '../gql/graphql.js';
import type { GapRow, GapSummaryRow } from './gap-rows.js';
import { GapRowsQuery } from './queries.js';

/** The API's largest page. */
const GAP_PAGE_SIZE = 500;

export interface GapSummary {
  total: GapSummaryRow;
  bySystem: GapSummaryRow[];
}

export type GapRowsProgress = PagingProgress<GapRow, GapSummary>;

export type GapRowsFilter = Omit<GapRowsQueryVariables, 'first' | 'after' | 'withSummary'>;

/**
 * Every gap row the filters keep, page after page (the table and its CSV need them all), with the
 * summary from the first page; each page is reported as it arrives.
 */
export function loadGapRows(client: Client, filter: GapRowsFilter, { signal, report, retried }: LoadContext<GapRowsProgress>) {
  return loadEveryPage<GapRow, GapSummary>(
    async (after) => {
      const { gaps } = await queryData(
        client,
        GapRowsQuery,
        { ...filter, first: GAP_PAGE_SIZE, after, withSummary: after === null },
        retried ? 'network-only' : 'cache-first',
      );
      return {
        nodes: gaps.nodes,
        totalCount: gaps.totalCount,
        hasNextPage: gaps.pageInfo.hasNextPage,
        endCursor: gaps.pageInfo.endCursor,
        extra: gaps.summary ?? undefined,
      };
    },
    { signal, onProgress: report },
  );
}
