import { describe, expect, it } from 'vitest';
import { compose, coverageOf, stepRelationship, type Derived, type ReasoningEdge } from './composition.js';

// The table of the issue and the README, cell by cell: [r1, r2, r1 ∘ r2].
const TABLE: [Derived, Derived, Derived][] = [
  ['EQUAL', 'EQUAL', 'EQUAL'],
  ['EQUAL', 'SUPERSET_OF', 'SUPERSET_OF'],
  ['EQUAL', 'SUBSET_OF', 'SUBSET_OF'],
  ['EQUAL', 'INTERSECTS_WITH', 'INTERSECTS_WITH'],
  ['SUPERSET_OF', 'EQUAL', 'SUPERSET_OF'],
  ['SUPERSET_OF', 'SUPERSET_OF', 'SUPERSET_OF'],
  ['SUPERSET_OF', 'SUBSET_OF', 'INTERSECTS_WITH'],
  ['SUPERSET_OF', 'INTERSECTS_WITH', 'INTERSECTS_WITH'],
  ['SUBSET_OF', 'EQUAL', 'SUBSET_OF'],
  ['SUBSET_OF', 'SUPERSET_OF', 'INDETERMINATE'],
  ['SUBSET_OF', 'SUBSET_OF', 'SUBSET_OF'],
  ['SUBSET_OF', 'INTERSECTS_WITH', 'INDETERMINATE'],
  ['INTERSECTS_WITH', 'EQUAL', 'INTERSECTS_WITH'],
  ['INTERSECTS_WITH', 'SUPERSET_OF', 'INDETERMINATE'],
  ['INTERSECTS_WITH', 'SUBSET_OF', 'INTERSECTS_WITH'],
  ['INTERSECTS_WITH', 'INTERSECTS_WITH', 'INDETERMINATE'],
];

describe('compose', () => {
  it.each(TABLE)('%s ∘ %s = %s', (r1, r2, expected) => {
    expect(compose(r1, r2)).toBe(expected);
  });

  it('ends a path at NOT_RELATED, on either side', () => {
    for (const r of ['EQUAL', 'SUPERSET_OF', 'SUBSET_OF', 'INTERSECTS_WITH', 'INDETERMINATE'] as Derived[]) {
      expect(compose('NOT_RELATED', r)).toBe('NOT_RELATED');
      expect(compose(r, 'NOT_RELATED')).toBe('NOT_RELATED');
    }
  });

  it('keeps INDETERMINATE once reached', () => {
    for (const r of ['EQUAL', 'SUPERSET_OF', 'SUBSET_OF', 'INTERSECTS_WITH'] as Derived[]) {
      expect(compose('INDETERMINATE', r)).toBe('INDETERMINATE');
      expect(compose(r, 'INDETERMINATE')).toBe('INDETERMINATE');
    }
  });

  it('calls EQUAL and SUPERSET_OF full coverage, SUBSET_OF and INTERSECTS_WITH partial', () => {
    expect(['EQUAL', 'SUPERSET_OF', 'SUBSET_OF', 'INTERSECTS_WITH', 'INDETERMINATE'].map((r) => coverageOf(r as Derived))).toEqual([
      'FULL',
      'FULL',
      'PARTIAL',
      'PARTIAL',
      'NONE',
    ]);
  });
});

describe('stepRelationship', () => {
  const edge = (type: string, relationship: ReasoningEdge['relationship'] = null): ReasoningEdge => ({
    id: 'e',
    type,
    startId: 'a',
    endId: 'b',
    relationship,
    strength: null,
  });

  it('reads a mapping forwards as stored and backwards with SUBSET_OF and SUPERSET_OF swapped', () => {
    expect(stepRelationship(edge('MAPS_TO', 'SUBSET_OF'), 'a')).toBe('SUBSET_OF');
    expect(stepRelationship(edge('MAPS_TO', 'SUBSET_OF'), 'b')).toBe('SUPERSET_OF');
    expect(stepRelationship(edge('MAPS_TO', 'SUPERSET_OF'), 'b')).toBe('SUBSET_OF');
    expect(stepRelationship(edge('MAPS_TO', 'INTERSECTS_WITH'), 'b')).toBe('INTERSECTS_WITH');
    expect(stepRelationship(edge('MAPS_TO', 'EQUAL'), 'b')).toBe('EQUAL');
  });

  it('makes a whole SUPERSET_OF its parts and an article SUPERSET_OF its obligations', () => {
    // PART_OF runs child → parent, DERIVED_FROM obligation → article: from the parent it is backwards.
    expect(stepRelationship(edge('PART_OF'), 'b')).toBe('SUPERSET_OF');
    expect(stepRelationship(edge('PART_OF'), 'a')).toBe('SUBSET_OF');
    expect(stepRelationship(edge('DERIVED_FROM'), 'b')).toBe('SUPERSET_OF');
    expect(stepRelationship(edge('DERIVED_FROM'), 'a')).toBe('SUBSET_OF');
  });
});
