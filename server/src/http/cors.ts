import cors from 'cors';
import { BOOKMARK_HEADER } from '../db/bookmarks.js';
import type { RequestHandler } from 'express';

/**
 * Cross-origin access to /graphql for the origins listed (CROSSWALK_CORS_ORIGINS), or any origin with
 * "*"; none by default, so only pages served by this server (same origin) can call it from a browser.
 * No credentials: the API uses no cookies.
 */
export function corsFor(origins: readonly string[]): RequestHandler {
  return cors({
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'POST'],
    maxAge: 600,
    // Browsers show scripts only the headers named here: the bookmark for read-your-writes, the query count.
    exposedHeaders: [BOOKMARK_HEADER, 'x-cypher-queries'],
  });
}
