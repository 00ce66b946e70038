// Paging through a Relay connection to its end.

/** Every page of a provisions connection; a page without an end cursor ends the loop. */
export async function allPages<Node>(
  fetchPage: (after: string | null) => Promise<{ nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>,
): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const result: Awaited<ReturnType<typeof fetchPage>> = await fetchPage(after);
    nodes.push(...result.nodes);
    if (!result.pageInfo.hasNextPage || !result.pageInfo.endCursor || result.nodes.length === 0) break;
    after = result.pageInfo.endCursor;
  }
  return nodes;
}
