/** The header a write's answer carries its Neo4j bookmarks in (server/src/db/bookmarks.ts). */
export const BOOKMARK_HEADER = 'crosswalk-bookmark';

/**
 * fetch that sends the bookmark of the latest write back with every later request, so behind several
 * servers (or a cluster's followers) the explorer always reads what it has just written.
 */
export function bookmarkingFetch(base: typeof fetch = (input, init) => fetch(input, init)): typeof fetch {
  let bookmark: string | null = null;
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (bookmark) headers.set(BOOKMARK_HEADER, bookmark);
    const response = await base(input, { ...init, headers });
    bookmark = response.headers.get(BOOKMARK_HEADER) ?? bookmark;
    return response;
  };
}
