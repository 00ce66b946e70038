import { describe, expect, it } from 'vitest';
import { toElements } from '../graph/elements.js';
import {
  ARTICLE,
  CLAUSE,
  CONTROL,
  EVIDENCE,
  fixtureImpact,
  MODEL,
  OBLIGATION,
  OWNER,
  SYSTEM_A,
  SYSTEM_B,
  TUNE,
  VENDOR,
  wideImpact,
} from '../../fixtures/impact.js';
import { betweenLayers, fadeAllBut, IMPACT_LISTS, impactGraph, listedLayers, listsForKinds, pathElementIds } from './impact-graph.js';

describe('impactGraph', () => {
  it('draws every path once, each listed node in the layer of its list', () => {
    const { graph, drawn, capped } = impactGraph(fixtureImpact());
    const layer = Object.fromEntries(graph.nodes.map((node) => [node.id, node.layer]));
    expect(graph.nodes[0]!.id).toBe(VENDOR.id);
    expect(layer[VENDOR.id]).toBe(0);
    expect(layer[SYSTEM_A.id]).toBe(1);
    expect(layer[SYSTEM_B.id]).toBe(1);
    expect(layer[OBLIGATION.id]).toBe(2);
    expect(layer[CONTROL.id]).toBe(3);
    expect(layer[EVIDENCE.id]).toBe(4);
    expect(layer[OWNER.id]).toBe(5);
    expect(new Set(graph.nodes.map((node) => node.id)).size).toBe(graph.nodes.length);
    expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(graph.edges.length);
    // 11 distinct nodes; 10 distinct edges over all paths.
    expect(graph.nodes).toHaveLength(11);
    expect(graph.edges).toHaveLength(10);
    expect(drawn).toEqual({ aiSystems: 2, obligations: 1, controls: 1, evidence: 1, owners: 1 });
    expect(capped).toEqual([]);
  });

  it('puts the nodes between two items in columns between their layers', () => {
    const layer = Object.fromEntries(impactGraph(fixtureImpact()).graph.nodes.map((node) => [node.id, node.layer]));
    // The model is first met between the vendor (0) and system A (1).
    expect(layer[MODEL.id]).toBe(0.5);
    // The fine-tune sits after the model on system B's path: vendor, model, tune, system → 2/3.
    expect(layer[TUNE.id]).toBe(0.67);
    // Control (3) → clause → article → obligation (2).
    expect(layer[CLAUSE.id]).toBe(2.67);
    expect(layer[ARTICLE.id]).toBe(2.33);
  });

  it('draws only the lists asked for, and the changed node always', () => {
    const { graph, drawn } = impactGraph(fixtureImpact(), { lists: ['owners'] });
    expect(graph.nodes.map((node) => node.id)).toEqual([VENDOR.id, MODEL.id, SYSTEM_A.id, OWNER.id]);
    expect(drawn.aiSystems).toBe(0);
    expect(drawn.owners).toBe(1);
    const nothing = impactGraph({ ...fixtureImpact(), aiSystems: [], obligations: [], controls: [], evidence: [], owners: [] });
    expect(nothing.graph.nodes).toEqual([{ id: VENDOR.id, kind: 'VENDOR', label: 'Acme AI', layer: 0 }]);
    expect(nothing.graph.edges).toEqual([]);
  });

  it('caps each list at the nearest items, but draws an included item anyway', () => {
    const impact = wideImpact(250);
    const capped = impactGraph(impact, { maxPerList: 100 });
    expect(capped.drawn.aiSystems).toBe(100);
    expect(capped.listed.aiSystems).toBe(250);
    expect(capped.capped).toEqual(['aiSystems']);
    expect(capped.graph.nodes).toHaveLength(101);
    expect(capped.graph.nodes.some((node) => node.id === 'system:s0099')).toBe(true);
    expect(capped.graph.nodes.some((node) => node.id === 'system:s0100')).toBe(false);
    const included = impactGraph(impact, { maxPerList: 100, include: ['system:s0200'] });
    expect(included.graph.nodes).toHaveLength(102);
    expect(included.graph.nodes.some((node) => node.id === 'system:s0200')).toBe(true);
  });

  it('gives elements with their layer, so layered layouts can place them', () => {
    const elements = toElements(impactGraph(fixtureImpact()).graph);
    const vendor = elements.find((element) => element.data.id === VENDOR.id);
    expect(vendor?.data.layer).toBe(0);
  });
});

describe('layers', () => {
  it('listed layers prefer the changed node, then the first list holding a node', () => {
    const layers = listedLayers(fixtureImpact());
    expect(layers.get(VENDOR.id)).toBe(0);
    expect(layers.get(CONTROL.id)).toBe(3);
    expect(layers.has(MODEL.id)).toBe(false);
  });

  it('between layers split the gap evenly, rounded to hundredths', () => {
    const impact = fixtureImpact();
    const layers = betweenLayers(impact.aiSystems[1]!.path, listedLayers(impact));
    expect([...layers]).toEqual([
      [MODEL.id, 0.33],
      [TUNE.id, 0.67],
    ]);
  });

  it('kind filters keep lists by their kind, and every list when none matches', () => {
    expect(listsForKinds([])).toEqual([...IMPACT_LISTS]);
    expect(listsForKinds(['CONTROL', 'OWNER'])).toEqual(['controls', 'owners']);
    expect(listsForKinds(['PROVISION'])).toEqual([...IMPACT_LISTS]);
  });

  it('a path highlights its nodes and edges', () => {
    const path = fixtureImpact().owners[0]!.path;
    expect(pathElementIds(path)).toEqual([VENDOR.id, MODEL.id, SYSTEM_A.id, OWNER.id, ...path.edges.map((edge) => edge.id)]);
  });
});

describe('fadeAllBut', () => {
  it('fades every element off the kept path, and nothing when none is kept', () => {
    const impact = fixtureImpact();
    const elements = toElements(impactGraph(impact).graph);
    expect(fadeAllBut(elements, [])).toBe(elements);
    const path = pathElementIds(impact.owners[0]!.path);
    const faded = fadeAllBut(elements, path);
    expect(faded.filter((element) => !String(element.classes).includes('faded')).map((element) => element.data.id)).toEqual(
      elements.map((element) => element.data.id).filter((id) => path.includes(String(id))),
    );
    expect(faded.find((element) => element.data.id === EVIDENCE.id)?.classes).toBe('evidence faded');
  });
});
