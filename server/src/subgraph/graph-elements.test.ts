import { describe, expect, it } from 'vitest';
import { compareIds, comparePaths, mergePaths, plainEdge, type GraphPath } from './graph-elements.js';

const node = (id: string) => ({ id, kind: 'MODEL', label: id });
const path = (...ids: string[]): GraphPath => ({
  nodes: ids.map(node),
  edges: ids.slice(1).map((id, index) => plainEdge(ids[index]!, 'LINK', id)),
});

describe('graph elements', () => {
  it('plainEdge gives the id edgeSummary gives a relationship without an id of its own', () => {
    expect(plainEdge('system:a', 'USES_MODEL', 'model:b')).toEqual({
      id: 'system:a-USES_MODEL->model:b',
      source: 'system:a',
      target: 'model:b',
      type: 'USES_MODEL',
      relationship: null,
      strength: null,
    });
  });

  it('compares ids as Cypher orders strings (by code point), not by locale', () => {
    expect(compareIds('control:Z', 'control:a')).toBeLessThan(0);
    expect(compareIds('model:x', 'system:a')).toBeLessThan(0);
    expect(compareIds('a', 'a')).toBe(0);
  });

  it('orders paths shortest first, then by the ids along them', () => {
    const paths = [path('v', 'm', 's', 'z'), path('v', 's', 'x'), path('v', 'm', 'y')];
    expect(paths.sort(comparePaths).map((p) => p.nodes.map((n) => n.id).join(''))).toEqual(['vmy', 'vsx', 'vmsz']);
    expect(comparePaths(path('v', 'm'), path('v', 'm'))).toBe(0);
  });

  it('merges paths into one subgraph: every node and edge once, in the order they first appear', () => {
    const merged = mergePaths([path('a', 'b', 'c'), path('a', 'd', 'c'), path('a', 'b', 'c')], true);
    expect(merged.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.edges.map((e) => e.id)).toEqual(['a-LINK->b', 'b-LINK->c', 'a-LINK->d', 'd-LINK->c']);
    expect(merged.truncated).toBe(true);
    expect(mergePaths([], false)).toEqual({ nodes: [], edges: [], truncated: false });
  });
});
