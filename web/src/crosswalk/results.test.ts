import { describe, expect, it } from 'vitest';
import { toElements } from '../graph/elements.js';
import {
  derivedEdgeId,
  explainedIds,
  resultEdge,
  resultKeyOf,
  resultsGraph,
  subjectKind,
  type CrosswalkResult,
  type PathNode,
} from './results.js';

const control: PathNode = { id: 'control:TST-01', kind: 'CONTROL', label: 'TST-01 Pre-release validation' };
const iso: PathNode = { id: 'iso42001:A.6.2.4', kind: 'PROVISION', label: 'A.6.2.4 AI system verification and validation' };
const art15: PathNode = { id: 'eu-ai-act:art-15', kind: 'PROVISION', label: 'Art. 15 Accuracy, robustness and cybersecurity' };
const satisfies = {
  id: 'control:TST-01-SATISFIES->iso42001:A.6.2.4',
  source: control.id,
  target: iso.id,
  type: 'SATISFIES',
  relationship: 'EQUAL',
  strength: 9,
};
const mapping = {
  id: 'mapping:iso42001:A.6.2.4>eu-ai-act:art-15',
  source: iso.id,
  target: art15.id,
  type: 'MAPS_TO',
  relationship: 'INTERSECTS_WITH',
  strength: 6,
};

const direct: CrosswalkResult = {
  key: iso.id,
  control,
  target: iso,
  relationship: 'EQUAL',
  strength: 9,
  coverage: 'FULL',
  direct: true,
  hops: 1,
  paths: [{ nodes: [control, iso], edges: [satisfies], relationship: 'EQUAL', strength: 9 }],
};
const derived: CrosswalkResult = {
  key: art15.id,
  control,
  target: art15,
  relationship: 'INTERSECTS_WITH',
  strength: 6,
  coverage: 'PARTIAL',
  direct: false,
  hops: 2,
  paths: [{ nodes: [control, iso, art15], edges: [satisfies, mapping], relationship: 'INTERSECTS_WITH', strength: 6 }],
};

describe('a control satisfaction on the canvas', () => {
  it('draws a direct result with its own SATISFIES edge', () => {
    expect(resultEdge(direct)).toEqual({ ...satisfies });
  });

  it('draws a derived result as a derived edge control → target with the composed relationship and strength', () => {
    const edge = resultEdge(derived);
    expect(edge).toEqual({
      id: derivedEdgeId(control.id, art15.id),
      source: control.id,
      target: art15.id,
      type: 'DERIVED',
      relationship: 'INTERSECTS_WITH',
      strength: 6,
      derived: true,
    });
    const element = toElements({ nodes: [control, art15], edges: [edge] }).find((item) => item.data.id === edge.id)!;
    expect(element.data.label).toBe('derived: intersects with · 6');
    expect(element.classes).toContain('derived');
  });

  it('shows the subject and every result, and the focused result’s paths besides', () => {
    const plain = resultsGraph(control, [direct, derived]);
    expect(plain.nodes.map((node) => node.id)).toEqual([control.id, iso.id, art15.id]);
    expect(plain.edges.map((edge) => edge.id)).toEqual([satisfies.id, derivedEdgeId(control.id, art15.id)]);
    const focused = resultsGraph(control, [direct, derived], art15.id);
    expect(focused.edges.map((edge) => edge.id)).toEqual([satisfies.id, derivedEdgeId(control.id, art15.id), mapping.id]);
    expect(focused.nodes).toHaveLength(3);
    expect(focused.nodes.map((node) => node.layer)).toEqual([0, 2, 2]);
  });

  it('puts the controls around a target when the subject is the provision', () => {
    const reverse: CrosswalkResult = { ...derived, key: control.id };
    const graph = resultsGraph(art15, [reverse]);
    expect(graph.nodes.map((node) => node.id)).toEqual([art15.id, control.id]);
    expect(resultKeyOf(control.id, art15.id, [reverse])).toBe(control.id);
    expect(resultKeyOf(art15.id, art15.id, [reverse])).toBeNull();
  });

  it('highlights the ends, the drawn edge and everything on the paths', () => {
    expect(new Set(explainedIds(derived))).toEqual(
      new Set([control.id, iso.id, art15.id, satisfies.id, mapping.id, derivedEdgeId(control.id, art15.id)]),
    );
    expect(explainedIds(undefined)).toEqual([]);
  });

  it('finds the result behind a clicked node or edge, and none behind the subject or a path’s inner edge', () => {
    const results = [direct, derived];
    expect(resultKeyOf(art15.id, control.id, results)).toBe(art15.id);
    expect(resultKeyOf(derivedEdgeId(control.id, art15.id), control.id, results)).toBe(art15.id);
    expect(resultKeyOf(satisfies.id, control.id, results)).toBe(iso.id);
    expect(resultKeyOf(control.id, control.id, results)).toBeNull();
    expect(resultKeyOf(mapping.id, control.id, results)).toBeNull();
    expect(resultKeyOf(null, control.id, results)).toBeNull();
  });

  it('falls back to a derived edge when a direct result has no one-edge path', () => {
    expect(resultEdge({ ...direct, paths: [] }).derived).toBe(true);
  });
});

describe('what a subject asks', () => {
  it('tells controls from provisions and obligations', () => {
    expect(subjectKind('control:GOV-01')).toBe('control');
    expect(subjectKind('eu-ai-act:art-9')).toBe('target');
    expect(subjectKind('iso42001:A.6.2.4')).toBe('target');
    expect(subjectKind('obligation:OBL-PROV-HR-RMS')).toBe('target');
    expect(subjectKind('system:credit-scoring')).toBeNull();
    expect(subjectKind('eu-ai-act')).toBeNull();
    expect(subjectKind(null)).toBeNull();
  });
});
