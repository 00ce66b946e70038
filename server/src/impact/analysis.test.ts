import { describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { plainEdge, type GraphEdge, type GraphPath, type NodeSummaryRow } from '../subgraph/graph-elements.js';
import { controlsToReview, impactResult, obligationsCovered, ownersToNotify, startPath, type ImpactedNodeResult } from './analysis.js';
import { impactRequest } from './impact.js';
import { systemBranches, type TargetReach } from './reach.js';

const summary = (id: string, labels: string[], extra: Partial<NodeSummaryRow> = {}): NodeSummaryRow => ({ id, labels, name: id, ...extra });
const vendor = summary('vendor:v', ['Vendor']);
const control = (code: string) => summary(`control:${code}`, ['Control'], { code, name: code });
const graphPath = (...ids: string[]): GraphPath => ({
  nodes: ids.map((id) => ({ id, kind: 'X', label: id })),
  edges: ids.slice(1).map((id, index) => plainEdge(ids[index]!, 'LINK', id)),
});
const chain = (path: GraphPath) => path.nodes.map((node) => node.id).join(' > ');
const satisfies = (controlCode: string, target: string, relationship: string, strength: number): { control: string; edge: GraphEdge } => ({
  control: `control:${controlCode}`,
  edge: {
    id: `control:${controlCode}-SATISFIES->${target}`,
    source: `control:${controlCode}`,
    target,
    type: 'SATISFIES',
    relationship,
    strength,
  },
});
const obligation = (code: string) => summary(`obligation:${code}`, ['Obligation'], { code });
const article = summary('eu-ai-act:art-9', ['Provision'], { ref: 'Art. 9', title: 'Risk management system' });

describe('controls to re-review', () => {
  it('reaches each governing control through the affected system whose path comes first', () => {
    const systems = new Map([
      ['system:a', graphPath('vendor:v', 'model:m', 'system:a')],
      ['system:b', graphPath('vendor:v', 'system:b')],
      ['system:c', graphPath('vendor:v', 'model:k', 'system:c')],
    ]);
    const controls = controlsToReview(
      startPath(vendor),
      [],
      [
        { control: control('ONE'), systems: ['system:a', 'system:b'] },
        { control: control('TWO'), systems: ['system:c', 'system:a'] },
      ],
      systems,
    );
    expect(controls.map((item) => chain(item.path))).toEqual([
      'vendor:v > system:b > control:ONE',
      // Equally far: model:k before model:m.
      'vendor:v > model:k > system:c > control:TWO',
    ]);
    expect(controls[0]!.path.edges.at(-1)).toEqual(plainEdge('control:ONE', 'GOVERNS', 'system:b'));
  });

  it('starts from the changed control itself, or from the controls a changed evidence item supports', () => {
    const evidence = summary('evidence:e', ['Evidence'], { title: 'E' });
    const fromEvidence = controlsToReview(
      startPath(evidence),
      [{ control: control('ONE'), edge: plainEdge('evidence:e', 'SUPPORTS', 'control:ONE') }],
      [],
      new Map(),
    );
    expect(fromEvidence.map((item) => chain(item.path))).toEqual(['evidence:e > control:ONE']);
    const itself = controlsToReview(startPath(control('ONE')), [{ control: control('ONE'), edge: null }], [], new Map());
    expect(itself).toEqual([
      {
        id: 'control:ONE',
        path: { nodes: [{ id: 'control:ONE', kind: 'CONTROL', label: 'ONE ONE' }], edges: [] },
        relationship: null,
        strength: null,
      },
    ]);
  });
});

describe('owners to notify', () => {
  it('through the nearest thing each owns, ties broken by the ids along the path', () => {
    const owned = new Map([
      ['system:a', graphPath('vendor:v', 'model:m', 'system:a')],
      ['control:ONE', graphPath('vendor:v', 'system:b', 'control:ONE')],
      ['system:b', graphPath('vendor:v', 'system:b')],
    ]);
    const owners = ownersToNotify(
      [{ owner: summary('owner:o', ['Owner', 'Person']), owns: ['system:a', 'control:ONE', 'system:gone'] }],
      owned,
    );
    expect(owners.map((item) => chain(item.path))).toEqual(['vendor:v > model:m > system:a > owner:o']);
    expect(owners[0]!.path.edges.at(-1)!.id).toBe('owner:o-OWNS->system:a');
  });
});

describe('obligations covered', () => {
  const controlPaths = new Map([
    ['control:NEAR', graphPath('vendor:v', 'system:b', 'control:NEAR')],
    ['control:FAR', graphPath('vendor:v', 'model:m', 'system:a', 'control:FAR')],
    ['control:OTHER', graphPath('vendor:v', 'model:m', 'system:c', 'control:OTHER')],
  ]);
  const direct = (code: string): TargetReach['paths'][number] => ({ nodes: [obligation(code)], edges: [] });
  const viaArticle = (code: string): TargetReach['paths'][number] => ({
    nodes: [article, obligation(code)],
    edges: [plainEdge(`obligation:${code}`, 'DERIVED_FROM', article.id)],
  });

  it('keeps the strongest coverage over the nearest, and composes links with the reference paths', () => {
    const targets: TargetReach[] = [
      {
        target: 'obligation:RMS',
        links: [satisfies('NEAR', 'obligation:RMS', 'SUBSET_OF', 8), satisfies('FAR', 'obligation:RMS', 'EQUAL', 6)],
        paths: [direct('RMS')],
      },
      // EQUAL to the article, whose obligation is a part of it: SUPERSET_OF (full coverage), strength min(9, 10).
      { target: article.id, links: [satisfies('OTHER', article.id, 'EQUAL', 9)], paths: [viaArticle('RMS-2')] },
    ];
    const obligations = obligationsCovered(targets, controlPaths);
    expect(obligations.map((item) => [item.id, chain(item.path), item.relationship, item.strength])).toEqual([
      ['obligation:RMS', 'vendor:v > model:m > system:a > control:FAR > obligation:RMS', 'EQUAL', 6],
      ['obligation:RMS-2', 'vendor:v > model:m > system:c > control:OTHER > eu-ai-act:art-9 > obligation:RMS-2', 'SUPERSET_OF', 9],
    ]);
    expect(obligations[1]!.path.edges.map((edge) => edge.type)).toEqual(['LINK', 'LINK', 'LINK', 'SATISFIES', 'DERIVED_FROM']);
  });

  it('between equally strong coverages, the shorter path, then the first by ids', () => {
    const shorter = obligationsCovered(
      [
        {
          target: 'obligation:X',
          links: [satisfies('FAR', 'obligation:X', 'EQUAL', 7), satisfies('NEAR', 'obligation:X', 'EQUAL', 7)],
          paths: [direct('X')],
        },
      ],
      controlPaths,
    );
    expect(chain(shorter[0]!.path)).toBe('vendor:v > system:b > control:NEAR > obligation:X');
    const byIds = obligationsCovered(
      [
        {
          target: 'obligation:X',
          links: [satisfies('OTHER', 'obligation:X', 'EQUAL', 7), satisfies('FAR', 'obligation:X', 'EQUAL', 7)],
          paths: [direct('X')],
        },
      ],
      controlPaths,
    );
    expect(chain(byIds[0]!.path)).toBe('vendor:v > model:m > system:a > control:FAR > obligation:X');
  });

  it('leaves out what covers nothing: NOT_RELATED links and INDETERMINATE compositions', () => {
    const obligations = obligationsCovered(
      [
        { target: 'obligation:X', links: [satisfies('NEAR', 'obligation:X', 'NOT_RELATED', 1)], paths: [direct('X')] },
        // SUBSET_OF the article, then to a part of it: nothing certain.
        { target: article.id, links: [satisfies('FAR', article.id, 'SUBSET_OF', 7)], paths: [viaArticle('Y')] },
        { target: 'obligation:Z', links: [satisfies('UNKNOWN', 'obligation:Z', 'EQUAL', 9)], paths: [direct('Z')] },
      ],
      controlPaths,
    );
    expect(obligations).toEqual([]);
  });
});

describe('impact result', () => {
  const item = (id: string, ...ids: string[]): ImpactedNodeResult => ({
    id,
    path: graphPath(...ids, id),
    relationship: null,
    strength: null,
  });

  it('orders lists nearest first then by id, cuts them at the limit and keeps full counts', () => {
    const result = impactResult(
      'vendor:v',
      {
        aiSystems: [item('system:c', 'vendor:v', 'model:m'), item('system:b', 'vendor:v'), item('system:a', 'vendor:v', 'model:m')],
        obligations: [],
        controls: [item('control:ONE', 'vendor:v', 'system:b')],
        evidence: [item('evidence:e', 'vendor:v', 'system:b', 'control:ONE')],
        owners: [],
      },
      { evidence: 40 },
      2,
    );
    expect(result.aiSystems.map((system) => system.id)).toEqual(['system:b', 'system:a']);
    expect(result.counts).toEqual({ aiSystems: 3, obligations: 0, controls: 1, evidence: 40, owners: 0 });
    expect(result.truncated).toBe(true);
    expect(impactResult('vendor:v', { aiSystems: [], obligations: [], controls: [], evidence: [], owners: [] }, {}, 2).truncated).toBe(
      false,
    );
  });
});

describe('impact arguments and Cypher', () => {
  const refusal = (work: () => unknown) => {
    try {
      work();
    } catch (error) {
      return (error as GraphQLError).extensions;
    }
    throw new Error('not refused');
  };

  it('reads the kind from the id and checks depth and limit', () => {
    expect(impactRequest({ of: 'model:m' })).toEqual({ of: 'model:m', label: 'Model', maxDepth: 4, limit: 500 });
    expect(refusal(() => impactRequest({ of: 'system:a' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'of' });
    expect(refusal(() => impactRequest({ of: 'owner:o' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'of' });
    expect(refusal(() => impactRequest({ of: 'vendor:v', maxDepth: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxDepth' });
    expect(refusal(() => impactRequest({ of: 'vendor:v', maxDepth: 9 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxDepth' });
    expect(refusal(() => impactRequest({ of: 'vendor:v', limit: 5001 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it('bounds the walk through fine-tuned models by maxDepth', () => {
    expect(systemBranches('Vendor', 1)).toEqual(['MATCH p = (o)<-[:SUPPLIED_BY]-(s:AISystem) RETURN s, p']);
    expect(systemBranches('Vendor', 2)[1]).toBe('MATCH p = (o)<-[:SUPPLIED_BY]-(:Model)<-[:USES_MODEL]-(s:AISystem) RETURN s, p');
    expect(systemBranches('Vendor', 4)[1]).toBe(
      'MATCH p = (o)<-[:SUPPLIED_BY]-(:Model)(()<-[:FINE_TUNED_FROM]-(:Model)){0,2}(:Model)<-[:USES_MODEL]-(s:AISystem) RETURN s, p',
    );
    expect(systemBranches('Model', 1)).toEqual(['MATCH p = (o)<-[:USES_MODEL]-(s:AISystem) RETURN s, p']);
    expect(systemBranches('Model', 8)[0]).toContain('{0,7}');
    expect(systemBranches('Evidence', 1)).toEqual([]);
    expect(() => systemBranches('Vendor', 9)).toThrow();
  });
});
