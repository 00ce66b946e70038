import { describe, expect, it } from 'vitest';
import { connectionPage, loadEveryPage, type ConnectionPage } from './every-page.js';

/** A fake connection of `total` numbers served in pages of `size`, cursors being offsets. */
function numbers(total: number, size: number, asked: (string | null)[] = []) {
  return async (after: string | null): Promise<ConnectionPage<number, string>> => {
    asked.push(after);
    const start = after === null ? 0 : Number(after);
    const nodes = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, index) => start + index);
    const end = start + nodes.length;
    return {
      nodes,
      totalCount: total,
      hasNextPage: end < total,
      endCursor: nodes.length ? String(end) : null,
      extra: `summary from ${start}`,
    };
  };
}

describe('loadEveryPage', () => {
  it('follows the cursors to the last page, reporting progress after each', async () => {
    const asked: (string | null)[] = [];
    const progress: [number, boolean][] = [];
    const result = await loadEveryPage(numbers(1203, 500, asked), { onProgress: (step) => progress.push([step.nodes.length, step.done]) });
    expect(asked).toEqual([null, '500', '1000']);
    expect(progress).toEqual([
      [500, false],
      [1000, false],
      [1203, true],
    ]);
    expect(result.nodes).toHaveLength(1203);
    expect(result.nodes.at(-1)).toBe(1202);
    expect(result.totalCount).toBe(1203);
    // What the first page carries besides rows comes from the first page only.
    expect(result.extra).toBe('summary from 0');
  });

  it('finishes on an empty connection', async () => {
    expect(await loadEveryPage(numbers(0, 500))).toEqual({ nodes: [], totalCount: 0, extra: 'summary from 0', done: true });
  });

  it('stops on a page without an end cursor, and after maxPages, so a faulty server cannot make it spin', async () => {
    const endless = async () => ({ nodes: [9], hasNextPage: true, endCursor: null });
    expect((await loadEveryPage(endless)).nodes).toEqual([9]);
    const asked: (string | null)[] = [];
    const circular = async (after: string | null) => (asked.push(after), { nodes: [1], hasNextPage: true, endCursor: 'again' });
    expect((await loadEveryPage(circular, { maxPages: 3 })).nodes).toEqual([1, 1, 1]);
    expect(asked).toHaveLength(3);
  });

  it('stops at the first error, rejecting with it and reporting nothing after', async () => {
    const progress: number[] = [];
    const failing = async (after: string | null) => {
      if (after !== null) throw new Error('The API could not be reached.');
      return { nodes: [1, 2], hasNextPage: true, endCursor: '2' };
    };
    await expect(loadEveryPage(failing, { onProgress: (step) => progress.push(step.nodes.length) })).rejects.toThrow(
      'The API could not be reached.',
    );
    expect(progress).toEqual([2]);
  });

  it('stops when cancelled, asking for no further page and reporting nothing more', async () => {
    const controller = new AbortController();
    const asked: (string | null)[] = [];
    const progress: number[] = [];
    const loading = loadEveryPage(numbers(2000, 500, asked), {
      signal: controller.signal,
      onProgress: (step) => {
        progress.push(step.nodes.length);
        controller.abort();
      },
    });
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
    expect(asked).toEqual([null]);
    expect(progress).toEqual([500]);
  });

  it('drops a page that arrives after the cancel', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const slow = async () => {
      controller.abort();
      return { nodes: [1], hasNextPage: false, endCursor: null };
    };
    await expect(
      loadEveryPage(slow, { signal: controller.signal, onProgress: (step) => progress.push(step.nodes.length) }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(progress).toEqual([]);
  });
});

describe('connectionPage', () => {
  it('reads a Relay connection', () => {
    expect(connectionPage({ nodes: ['a'], totalCount: 4, pageInfo: { hasNextPage: true, endCursor: 'c1' } })).toEqual({
      nodes: ['a'],
      totalCount: 4,
      hasNextPage: true,
      endCursor: 'c1',
    });
    expect(connectionPage({ nodes: [], pageInfo: { hasNextPage: false } })).toEqual({ nodes: [], hasNextPage: false, endCursor: null });
  });
});
