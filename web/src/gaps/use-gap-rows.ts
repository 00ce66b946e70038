import { useCallback, useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import type { GapRowsQueryVariables } from '../gql/graphql.js';
import type { GapRow, GapSummaryRow } from './gap-rows.js';
import { loadAllPages } from './paging.js';
import { GapRowsQuery } from './queries.js';

/** The API's largest page. */
export const GAP_PAGE_SIZE = 500;

export interface GapSummary {
  total: GapSummaryRow;
  bySystem: GapSummaryRow[];
}

export interface GapRowsState {
  rows: GapRow[];
  /** Rows the filter keeps (null before the first page arrives). */
  totalCount: number | null;
  summary: GapSummary | null;
  /** True once every page is in. */
  done: boolean;
  error: CombinedError | Error | null;
}

const STARTING: GapRowsState = { rows: [], totalCount: null, summary: null, done: false, error: null };

/**
 * Every gap row the filters keep, page after page (the table and its CSV need them all), with the
 * summary from the first page. `retry` loads again from the network.
 */
export function useGapRows(variables: Omit<GapRowsQueryVariables, 'first' | 'after' | 'withSummary'>): [GapRowsState, () => void] {
  const client = useClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<GapRowsState>(STARTING);
  // The variables as a key, so a new object with the same values does not reload.
  const key = JSON.stringify(variables);

  useEffect(() => {
    let cancelled = false;
    const current = JSON.parse(key) as typeof variables;
    setState(STARTING);
    loadAllPages<GapRow, GapSummary>(
      async (after) => {
        const result = await client
          .query(
            GapRowsQuery,
            { ...current, first: GAP_PAGE_SIZE, after, withSummary: after === null },
            { requestPolicy: attempt > 0 ? 'network-only' : 'cache-first' },
          )
          .toPromise();
        if (result.error || !result.data) throw result.error ?? new Error('The API answered without data.');
        const gaps = result.data.gaps;
        return {
          nodes: gaps.nodes,
          totalCount: gaps.totalCount,
          hasNextPage: gaps.pageInfo.hasNextPage,
          endCursor: gaps.pageInfo.endCursor,
          extra: gaps.summary ?? undefined,
        };
      },
      (progress) => setState({ rows: progress.nodes, totalCount: progress.totalCount, summary: progress.extra ?? null, done: progress.done, error: null }),
      () => cancelled,
    ).catch((error: CombinedError | Error) => {
      if (!cancelled) setState((previous) => ({ ...previous, done: false, error }));
    });
    return () => {
      cancelled = true;
    };
  }, [client, key, attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return [state, retry];
}
