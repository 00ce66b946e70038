// The relationship algebra Crosswalk reasons with (README, "Crosswalk reasoning"). NIST IR 8477 defines
// the relationships as set relations but no composition: this table is our own rule on those definitions,
// and a derived INTERSECTS_WITH means "overlaps at least".

import type { Coverage, DerivedRelationship, MappingRelationship } from '../generated/enums.js';

/** A relationship as a mapping asserts it (the SDL's MappingRelationship). */
export type Relationship = MappingRelationship;
/** A relationship reasoning derives: the SDL's DerivedRelationship, plus NOT_RELATED, which ends a path
 * here and is filtered out before any answer (reasoning.ts), so the API never reports it. */
export type Derived = DerivedRelationship | 'NOT_RELATED';

type Composable = Exclude<Derived, 'INDETERMINATE' | 'NOT_RELATED'>;

/** r1 is A's relationship to B, r2 is B's to C; the cell is A's relationship to C. */
const COMPOSITION: Record<Composable, Record<Composable, Derived>> = {
  EQUAL: { EQUAL: 'EQUAL', SUPERSET_OF: 'SUPERSET_OF', SUBSET_OF: 'SUBSET_OF', INTERSECTS_WITH: 'INTERSECTS_WITH' },
  SUPERSET_OF: { EQUAL: 'SUPERSET_OF', SUPERSET_OF: 'SUPERSET_OF', SUBSET_OF: 'INTERSECTS_WITH', INTERSECTS_WITH: 'INTERSECTS_WITH' },
  SUBSET_OF: { EQUAL: 'SUBSET_OF', SUPERSET_OF: 'INDETERMINATE', SUBSET_OF: 'SUBSET_OF', INTERSECTS_WITH: 'INDETERMINATE' },
  INTERSECTS_WITH: {
    EQUAL: 'INTERSECTS_WITH',
    SUPERSET_OF: 'INDETERMINATE',
    SUBSET_OF: 'INTERSECTS_WITH',
    INTERSECTS_WITH: 'INDETERMINATE',
  },
};

/**
 * A's relationship to C from A's to B and B's to C. NOT_RELATED ends a path (it stays NOT_RELATED);
 * nothing certain follows from INDETERMINATE.
 */
export function compose(r1: Derived, r2: Derived): Derived {
  if (r1 === 'NOT_RELATED' || r2 === 'NOT_RELATED') return 'NOT_RELATED';
  if (r1 === 'INDETERMINATE' || r2 === 'INDETERMINATE') return 'INDETERMINATE';
  return COMPOSITION[r1][r2];
}

/** The relationship read from the other end: B's to A when A's to B is given. */
function inverse(relationship: Derived): Derived {
  if (relationship === 'SUBSET_OF') return 'SUPERSET_OF';
  if (relationship === 'SUPERSET_OF') return 'SUBSET_OF';
  return relationship;
}

/** Full coverage of the target: EQUAL or SUPERSET_OF. */
function isFull(relationship: Derived): boolean {
  return relationship === 'EQUAL' || relationship === 'SUPERSET_OF';
}

export function coverageOf(relationship: Derived): Coverage {
  if (isFull(relationship)) return 'FULL';
  if (relationship === 'SUBSET_OF' || relationship === 'INTERSECTS_WITH') return 'PARTIAL';
  return 'NONE';
}

const RANK: Record<Derived, number> = {
  EQUAL: 5,
  SUPERSET_OF: 4,
  SUBSET_OF: 3,
  INTERSECTS_WITH: 2,
  INDETERMINATE: 1,
  NOT_RELATED: 0,
};

export interface Scored {
  relationship: Derived;
  strength: number;
  hops: number;
}

/** Orders results strongest first: by relationship (EQUAL first), then strength, then fewer hops. */
export function compareStrongestFirst(a: Scored, b: Scored): number {
  return RANK[b.relationship] - RANK[a.relationship] || b.strength - a.strength || a.hops - b.hops;
}

/** An edge of the reasoning graph, as stored. */
export interface ReasoningEdge {
  id: string;
  type: string;
  /** The id of the node the relationship starts at (its direction in the graph). */
  startId: string;
  endId: string;
  relationship: Relationship | null;
  strength: number | null;
}

/**
 * The relationship one step asserts, walking from `fromId` across `edge`. MAPS_TO and SATISFIES carry
 * their own; a part is a SUBSET_OF its whole (PART_OF: child → parent) and an obligation a SUBSET_OF
 * its article (DERIVED_FROM: obligation → article). Walking an edge backwards swaps SUBSET_OF and
 * SUPERSET_OF.
 */
export function stepRelationship(edge: ReasoningEdge, fromId: string): Derived {
  const base: Derived = edge.type === 'MAPS_TO' || edge.type === 'SATISFIES' ? (edge.relationship ?? 'NOT_RELATED') : 'SUBSET_OF';
  return edge.startId === fromId ? base : inverse(base);
}

/** Structural edges (PART_OF, DERIVED_FROM) are certain: they count as the strongest, 10. */
export function stepStrength(edge: ReasoningEdge): number {
  return edge.strength ?? 10;
}
