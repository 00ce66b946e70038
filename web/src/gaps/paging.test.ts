import { describe, expect, it } from 'vitest';
import { loadAllPages, type LoadedPage } from './paging.js';

/** A fake connection of `total` numbers served in pages of `size`, cursors being offsets. */
function pages(total: number, size: number, calls: (string | null)[] = []) {
  return async (after: string | null): Promise<LoadedPage<number, string>> => {
    calls.push(after);
    const start = after === null ? 0 : Number(after);
    const nodes = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, index) => start + index);
    const end = start + nodes.length;
    return { nodes, totalCount: total, hasNextPage: end < total, endCursor: nodes.length ? String(end) : null, extra: `summary from ${start}` };
  };
}

describe('loading every page', () => {
  it('follows the cursors to the end, reporting progress after each page', async () => {
    const calls: (string | null)[] = [];
    const progress: [number, boolean][] = [];
    const result = await loadAllPages(pages(1203, 500, calls), (step) => progress.push([step.nodes.length, step.done]));
    expect(calls).toEqual([null, '500', '1000']);
    expect(progress).toEqual([
      [500, false],
      [1000, false],
      [1203, true],
    ]);
    expect(result?.nodes).toHaveLength(1203);
    expect(result?.nodes.at(-1)).toBe(1202);
    // The summary comes from the first page.
    expect(result?.extra).toBe('summary from 0');
  });

  it('finishes on an empty connection', async () => {
    const result = await loadAllPages(pages(0, 500), () => undefined);
    expect(result).toMatchObject({ nodes: [], totalCount: 0, done: true });
  });

  it('stops when cancelled, reporting nothing more', async () => {
    let cancelled = false;
    const progress: number[] = [];
    const result = await loadAllPages(
      pages(2000, 500),
      (step) => {
        progress.push(step.nodes.length);
        cancelled = true;
      },
      () => cancelled,
    );
    expect(result).toBeNull();
    expect(progress).toEqual([500]);
  });

  it('never spins on a page that claims more without a cursor', async () => {
    const result = await loadAllPages(async () => ({ nodes: [1], totalCount: 5, hasNextPage: true, endCursor: null }), () => undefined);
    expect(result?.nodes).toEqual([1]);
  });

  it('passes an error on', async () => {
    await expect(loadAllPages(async () => Promise.reject(new Error('down')), () => undefined)).rejects.toThrow('down');
  });
});
