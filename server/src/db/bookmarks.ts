import { badUserInput } from '../common/errors.js';

// Read-your-writes across servers. Each Crosswalk server's driver already orders its own reads after
// its own writes (one bookmark manager per driver); behind a load balancer a client's next request may
// reach another server, or a cluster may route its read to a follower that has not caught up. So a
// write's answer carries Neo4j's bookmarks in this header, and a request that sends them back runs its
// transactions only once the database it reaches has applied that write.

/** The response header with a write's bookmarks, and the request header that sends them back. */
export const BOOKMARK_HEADER = 'crosswalk-bookmark';

/** Bookmarks as one header value: opaque to clients (base64url of a JSON list), so any bookmark text survives. */
export function encodeBookmarks(bookmarks: readonly string[]): string {
  return Buffer.from(JSON.stringify(bookmarks), 'utf8').toString('base64url');
}

const MAX_HEADER_LENGTH = 4096;

/** The bookmarks a request sends back (none without the header); a value this server did not write is refused. */
export function decodeBookmarks(header: string | undefined): string[] {
  if (header === undefined || header === '') return [];
  const refused = () =>
    badUserInput(
      `The ${BOOKMARK_HEADER} header must be a value an earlier answer carried in its ${BOOKMARK_HEADER} header.`,
      BOOKMARK_HEADER,
    );
  if (header.length > MAX_HEADER_LENGTH || !/^[A-Za-z0-9_-]+$/.test(header)) throw refused();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
  } catch {
    throw refused();
  }
  if (!Array.isArray(decoded) || !decoded.every((bookmark): bookmark is string => typeof bookmark === 'string' && bookmark !== '')) {
    throw refused();
  }
  return decoded;
}
