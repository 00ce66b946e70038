import neo4j from 'neo4j-driver';
import { badUserInput } from '../common/errors.js';
import type { NodeRow } from '../common/queries.js';
import type { GraphExecutor } from '../db/executor.js';
import type { NodeKind } from '../generated/resolvers-types.js';
import { NODE_LABELS, type NodeLabel } from '../graph/model.js';
import { fullTextQuery } from './lucene.js';
import { normaliseSearchText, referenceKeys, searchTerms, type ReferenceKeys } from './text.js';

const MAX_SEARCH_TEXT = 200;
const DEFAULT_SEARCH_HITS = 20;
const MAX_SEARCH_HITS = 100;
/** How many of the index's best matches are read before the kinds filter and the merge. */
const FULL_TEXT_CANDIDATES = 500;

/** Scores: fixed for references, so a client can tell an exact hit from a full-text one. */
const SCORE_EXACT = 1;
const SCORE_UNDER_REFERENCE = 0.9;
const SCORE_BEST_FULL_TEXT = 0.8;
/** Full-text provision hits scoring at least this anchor a search (see searchNodes). */
const ANCHOR_SCORE = 0.4;

const KIND_LABELS: Record<NodeKind, NodeLabel> = {
  FRAMEWORK: 'Framework',
  PROVISION: 'Provision',
  OBLIGATION: 'Obligation',
  MILESTONE: 'Milestone',
  LEGISLATIVE_NOTE: 'LegislativeNote',
  CONTROL: 'Control',
  AI_SYSTEM: 'AISystem',
  MODEL: 'Model',
  VENDOR: 'Vendor',
  OWNER: 'Owner',
  EVIDENCE: 'Evidence',
};

export interface SearchArgs {
  text: string;
  kinds?: readonly NodeKind[] | null;
  first?: number | null;
}

/** A search, checked and taken apart: what each way of matching needs. */
export interface SearchRequest {
  references: ReferenceKeys;
  /** The Lucene query, or null when the text has no word to search for (only punctuation, emoji). */
  fullText: string | null;
  labels: NodeLabel[];
  first: number;
}

export interface SearchHit {
  node: NodeRow;
  score: number;
}

/** Checks the arguments (BAD_USER_INPUT naming the field) and prepares both kinds of matching. */
export function searchRequest(args: SearchArgs): SearchRequest {
  if ([...args.text].length > MAX_SEARCH_TEXT) {
    throw badUserInput(`Search text is limited to ${MAX_SEARCH_TEXT} characters.`, 'text');
  }
  const text = normaliseSearchText(args.text);
  if (text === '') throw badUserInput('Search text is empty; type a word, a reference (Art. 27, A.6.2.4) or an id.', 'text');
  const first = args.first ?? DEFAULT_SEARCH_HITS;
  if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_HITS) {
    throw badUserInput(`"first" must be between 1 and ${MAX_SEARCH_HITS}.`, 'first');
  }
  // No kinds, or an empty list, means every kind (as empty list filters do elsewhere in the API).
  const labels = args.kinds && args.kinds.length > 0 ? [...new Set(args.kinds.map((kind) => KIND_LABELS[kind]))] : [...NODE_LABELS];
  return { references: referenceKeys(text), fullText: fullTextQuery(searchTerms(text)), labels, first };
}

/**
 * Nodes matching a search, best first, in one query. Three ways of matching, merged by node (its best
 * score kept):
 * - a `ref`, `code` or `id` equal to a reference the text names, case-insensitively: score 1;
 * - provisions under such a reference (A.6.2 → A.6.2.2 …; Chapter III → its sections): 0.9;
 * - the `crosswalk_search` full-text index, weighted as lucene.ts says: up to 0.8, relative to the
 *   best full-text match of this search. A full-text hit the crosswalk ties to one of the best
 *   provision hits (mapped to it, or the clause of a provision mapped to it) scores at least midway
 *   to that hit: "risk management" finds Art. 9 first, then ISO 6.1.2, 6.1.3 (mapped to Art. 9) and
 *   6.1 (their clause) before provisions that merely say "management".
 * Ties go to document order (a provision's position), then id.
 */
export async function searchNodes(db: GraphExecutor, request: SearchRequest): Promise<SearchHit[]> {
  // Labels come from the closed list of graph/model.ts, never from the request's text.
  const labelExpression = request.labels.join('|');
  const branches = [
    `MATCH (n:${labelExpression})
     WHERE toLower(n.ref) IN $exact OR toLower(n.code) IN $exact OR toLower(n.id) IN $exact
     RETURN n, $scoreExact AS score`,
  ];
  if (request.references.under.length > 0 && request.labels.includes('Provision')) {
    branches.push(
      `MATCH (n:Provision)
       WHERE any(prefix IN $under WHERE toLower(n.ref) STARTS WITH prefix)
       RETURN n, $scoreUnder AS score`,
    );
  }
  if (request.fullText !== null) {
    branches.push(
      `CALL db.index.fulltext.queryNodes('crosswalk_search', $fullText, {limit: $candidates}) YIELD node, score
       WHERE node:${labelExpression}
       WITH collect({node: node, score: score}) AS found, max(score) AS best
       WITH [hit IN found | {node: hit.node, score: $scoreBestFullText * hit.score / best}] AS hits
       // The crosswalk keeps a topic together: what the best provision hits (the anchors) map to, and
       // the clauses those belong to, rank close behind their anchor when they are hits themselves.
       CALL (hits) {
         UNWIND hits AS anchor
         WITH anchor.node AS a, anchor.score AS anchorScore
         WHERE a:Provision AND anchorScore >= $anchorScore
         MATCH (a)-[:MAPS_TO]-(mapped:Provision)
         OPTIONAL MATCH (mapped)-[:PART_OF]->(clause:Provision)
         UNWIND [mapped, clause] AS near
         WITH near, max(anchorScore) AS anchorScore WHERE near IS NOT NULL
         RETURN collect({node: near, score: anchorScore}) AS nearAnchors
       }
       UNWIND hits AS hit
       WITH hit.node AS n, hit.score AS score, [near IN nearAnchors WHERE near.node = hit.node | near.score][0] AS relatedTo
       WITH n, score, (relatedTo + score) / 2 AS asRelated
       RETURN n, CASE WHEN asRelated > score THEN asRelated ELSE score END AS score`,
    );
  }
  const rows = await db.read(
    `CALL () {
       ${branches.join('\n       UNION ALL\n       ')}
     }
     WITH n, max(score) AS score
     ORDER BY score DESC, n.position ASC, n.id ASC
     LIMIT $first
     RETURN n {.*, __label: [label IN labels(n) WHERE label IN $nodeLabels][0]} AS node, score`,
    {
      exact: request.references.exact,
      under: request.references.under,
      fullText: request.fullText,
      candidates: neo4j.int(FULL_TEXT_CANDIDATES),
      first: neo4j.int(request.first),
      nodeLabels: [...NODE_LABELS],
      scoreExact: SCORE_EXACT,
      scoreUnder: SCORE_UNDER_REFERENCE,
      scoreBestFullText: SCORE_BEST_FULL_TEXT,
      anchorScore: ANCHOR_SCORE,
    },
  );
  return rows.map((row) => ({ node: row.node as NodeRow, score: row.score as number }));
}
