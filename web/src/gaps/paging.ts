// Loading every page of a connection, one after another, reporting progress as it goes.

export interface LoadedPage<Node, Extra> {
  nodes: Node[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  /** What the first page carries besides rows (e.g. a summary). */
  extra?: Extra;
}

export interface PagingProgress<Node, Extra> {
  nodes: Node[];
  totalCount: number;
  extra: Extra | undefined;
  done: boolean;
}

/**
 * Fetches pages until the last, calling `onProgress` after each; stops quietly when `cancelled()`
 * turns true (the filters changed). A page without an end cursor ends the loop, so a faulty
 * server cannot make it spin.
 */
export async function loadAllPages<Node, Extra>(
  fetchPage: (after: string | null) => Promise<LoadedPage<Node, Extra>>,
  onProgress: (progress: PagingProgress<Node, Extra>) => void,
  cancelled: () => boolean = () => false,
): Promise<PagingProgress<Node, Extra> | null> {
  const nodes: Node[] = [];
  let extra: Extra | undefined;
  let after: string | null = null;
  for (;;) {
    const page: LoadedPage<Node, Extra> = await fetchPage(after);
    if (cancelled()) return null;
    nodes.push(...page.nodes);
    if (after === null) extra = page.extra;
    const done = !page.hasNextPage || page.endCursor === null || page.nodes.length === 0;
    const progress = { nodes: [...nodes], totalCount: page.totalCount, extra, done };
    onProgress(progress);
    if (done) return progress;
    after = page.endCursor;
  }
}
