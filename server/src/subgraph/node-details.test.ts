import { describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { nodeDetailsRequest, propertyText, toNodeProperties } from './node-details.js';

function refusal(work: () => unknown): { code: unknown; field: unknown } {
  try {
    work();
  } catch (error) {
    const { code, field } = (error as GraphQLError).extensions;
    return { code, field };
  }
  throw new Error('not refused');
}

describe('nodeDetails arguments', () => {
  it('defaults to 200 relationships; reads the label from the id as node(id) does', () => {
    expect(nodeDetailsRequest({ id: 'control:GOV-01' })).toEqual({ id: 'control:GOV-01', label: 'Control', relationshipLimit: 200 });
    expect(nodeDetailsRequest({ id: 'eu-ai-act', relationshipLimit: null }).label).toBe('Framework');
    // A prefix that names no label reads as a provision's id (and is then not found), never an error.
    expect(nodeDetailsRequest({ id: 'bogus:thing' }).label).toBe('Provision');
  });

  it('refuses relationship limits out of 1..1000, naming the argument', () => {
    for (const relationshipLimit of [0, -1, 1001, 5000]) {
      expect(refusal(() => nodeDetailsRequest({ id: 'control:GOV-01', relationshipLimit }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'relationshipLimit',
      });
    }
    expect(nodeDetailsRequest({ id: 'control:GOV-01', relationshipLimit: 1 }).relationshipLimit).toBe(1);
    expect(nodeDetailsRequest({ id: 'control:GOV-01', relationshipLimit: 1000 }).relationshipLimit).toBe(1000);
  });
});

describe('node properties as text', () => {
  it('scalars as text: strings as they are, numbers as written, booleans, ISO dates (already strings)', () => {
    expect(propertyText('Art. 9')).toBe('Art. 9');
    expect(propertyText(12)).toBe('12');
    expect(propertyText(0.5)).toBe('0.5');
    expect(propertyText(false)).toBe('false');
    expect(propertyText('2026-08-02')).toBe('2026-08-02');
  });

  it('every key, ordered by code point; lists in values, scalars in value', () => {
    expect(
      toNodeProperties({
        title: 'Risk management system',
        position: 9,
        verifiedBy: ['a', 'b'],
        grouping: true,
        appliesFrom: '2026-08-02',
        empty: [],
      }),
    ).toEqual([
      { key: 'appliesFrom', value: '2026-08-02', values: null },
      { key: 'empty', value: null, values: [] },
      { key: 'grouping', value: 'true', values: null },
      { key: 'position', value: '9', values: null },
      { key: 'title', value: 'Risk management system', values: null },
      { key: 'verifiedBy', value: null, values: ['a', 'b'] },
    ]);
    expect(toNodeProperties({ b: 1, B: 2, a: 3 }).map((property) => property.key)).toEqual(['B', 'a', 'b']);
    expect(toNodeProperties({})).toEqual([]);
  });
});
