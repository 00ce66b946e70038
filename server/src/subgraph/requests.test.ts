import { describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { neighborhoodRequest } from './neighborhood.js';
import { nodeDetailsRequest } from './node-details.js';
import { pathsPattern, pathsRequest } from './paths.js';

function refusal(work: () => unknown): { code: unknown; field: unknown } {
  try {
    work();
  } catch (error) {
    const { code, field } = (error as GraphQLError).extensions;
    return { code, field };
  }
  throw new Error('not refused');
}

describe('neighborhood arguments', () => {
  it('defaults to depth 1, 200 nodes, every kind; reads the label from the id', () => {
    expect(neighborhoodRequest({ id: 'vendor:x' })).toEqual({ id: 'vendor:x', label: 'Vendor', depth: 1, labels: null, limit: 200 });
    expect(neighborhoodRequest({ id: 'eu-ai-act:art-9', kinds: [] }).label).toBe('Provision');
    expect(neighborhoodRequest({ id: 'eu-ai-act', kinds: null }).label).toBe('Framework');
  });

  it('turns kinds into labels, once each', () => {
    expect(neighborhoodRequest({ id: 'vendor:x', kinds: ['AI_SYSTEM', 'OWNER', 'AI_SYSTEM', 'LEGISLATIVE_NOTE'] }).labels).toEqual([
      'AISystem',
      'Owner',
      'LegislativeNote',
    ]);
  });

  it('refuses depths and limits out of range, naming the argument', () => {
    expect(refusal(() => neighborhoodRequest({ id: 'vendor:x', depth: 0 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'depth' });
    expect(refusal(() => neighborhoodRequest({ id: 'vendor:x', depth: 5 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'depth' });
    expect(refusal(() => neighborhoodRequest({ id: 'vendor:x', limit: 0 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect(refusal(() => neighborhoodRequest({ id: 'vendor:x', limit: 2001 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect(neighborhoodRequest({ id: 'vendor:x', depth: 4, limit: 2000 })).toMatchObject({ depth: 4, limit: 2000 });
  });
});

describe('paths arguments', () => {
  it('defaults to 6 edges and 10 paths', () => {
    expect(pathsRequest({ from: 'system:a', to: 'obligation:B' })).toEqual({
      from: 'system:a',
      fromLabel: 'AISystem',
      to: 'obligation:B',
      toLabel: 'Obligation',
      maxLength: 6,
      limit: 10,
    });
  });

  it('refuses lengths and limits out of range, naming the argument', () => {
    expect(refusal(() => pathsRequest({ from: 'a', to: 'b', maxLength: 0 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'maxLength' });
    expect(refusal(() => pathsRequest({ from: 'a', to: 'b', maxLength: 9 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'maxLength' });
    expect(refusal(() => pathsRequest({ from: 'a', to: 'b', limit: 0 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect(refusal(() => pathsRequest({ from: 'a', to: 'b', limit: 51 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it('asks Neo4j for one path more than the limit, so a cut shows', () => {
    expect(pathsPattern(6, 10)).toBe('SHORTEST 11 (a)-[]-{1,6}(b)');
    expect(() => pathsPattern(9, 10)).toThrow();
    expect(() => pathsPattern(6, 1.5)).toThrow();
  });
});

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
