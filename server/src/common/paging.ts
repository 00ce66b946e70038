import { badUserInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * Which slice of an ordered list a page is, as offsets: `start` inclusive, `end` exclusive (null:
 * up to the end of the list), and `last` (take the last n before `end`). Cypher applies it, since
 * only the database knows the list's length.
 */
export interface PageWindow {
  start: number;
  end: number | null;
  last: number | null;
}

// Cursors are opaque to clients: a position in the ordered list, stable while the data is unchanged.
const CURSOR_PREFIX = 'cw1:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

function decodeCursor(cursor: string, field: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw badUserInput(`"${field}" is not a cursor this API gave out.`, field);
  }
  return offset;
}

function pageSize(value: number | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`"${field}" must be between 0 and ${MAX_PAGE_SIZE}; page through larger lists with cursors.`, field);
  }
  return value;
}

export function pageWindow(args: PageArgs): PageWindow {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  const start = args.after ? decodeCursor(args.after, 'after') + 1 : 0;
  let end = args.before ? decodeCursor(args.before, 'before') : null;
  if (first !== null) end = end === null ? start + first : Math.min(end, start + first);
  else if (last === null) end = end === null ? start + DEFAULT_PAGE_SIZE : Math.min(end, start + DEFAULT_PAGE_SIZE);
  return { start, end, last };
}

/**
 * A forward-only page (`first`, `after`) as SKIP and LIMIT, for lists that should not be collected
 * whole the way SLICE_PAGE does (the audit trail grows without end).
 */
export function forwardPage(args: { first?: number | null; after?: string | null }): { skip: number; limit: number } {
  const window = pageWindow(args);
  // Without `last`, pageWindow always sets an end: `first` or the default page size past the start.
  return { skip: window.start, limit: (window.end ?? window.start) - window.start };
}

/** The Cypher parameters of a window. */
export function windowParameters(window: PageWindow): Record<string, unknown> {
  return { pageStart: window.start, pageEnd: window.end, pageLast: window.last };
}

/**
 * Cypher that turns `items` (an ordered list) and the window parameters into `total`, `pageStart`
 * and `page`; every connection query ends with it, so all pages follow one rule.
 */
export const SLICE_PAGE = `
  WITH *, size(items) AS total
  WITH *, CASE WHEN $pageEnd IS NULL OR $pageEnd > total THEN total ELSE $pageEnd END AS sliceEnd
  WITH *, CASE WHEN $pageLast IS NULL OR sliceEnd - $pageLast < $pageStart THEN $pageStart ELSE sliceEnd - $pageLast END AS sliceStart
  WITH *, CASE WHEN sliceStart > sliceEnd THEN sliceEnd ELSE sliceStart END AS pageStart
  WITH *, items[pageStart..sliceEnd] AS page`;

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function toConnection<T>(page: T[], pageStart: number, total: number): Connection<T> {
  const edges = page.map((node, index) => ({ cursor: encodeCursor(pageStart + index), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: pageStart + page.length < total,
      hasPreviousPage: pageStart > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}
