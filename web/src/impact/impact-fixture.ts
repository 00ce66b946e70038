import type { Impact, ImpactItem, WhatIf } from './queries.js';

// A small impact in the API's shape, for the unit tests: a vendor whose model a system uses directly
// and another through a fine-tune; a control governing both, covering an obligation through an ISO
// clause and an article; its evidence and the owners.

type PathNode = ImpactItem['path']['nodes'][number];
type PathEdge = ImpactItem['path']['edges'][number];

const node = (id: string, kind: PathNode['kind'], label: string): PathNode => ({ id, kind, label });
const edge = (source: string, type: string, target: string, relationship: PathEdge['relationship'] = null, strength: number | null = null): PathEdge => ({
  id: `${source}-${type}->${target}`,
  source,
  target,
  type,
  relationship,
  strength,
});

export const VENDOR = node('vendor:acme', 'VENDOR', 'Acme AI');
export const MODEL = node('model:acme-1', 'MODEL', 'Acme One');
export const TUNE = node('model:tune', 'MODEL', 'Our tune');
export const SYSTEM_A = node('system:a', 'AI_SYSTEM', 'System A');
export const SYSTEM_B = node('system:b', 'AI_SYSTEM', 'System B');
export const CONTROL = node('control:C-1', 'CONTROL', 'C-1 Change review');
export const CLAUSE = node('iso42001:A.6.2.6', 'PROVISION', 'A.6.2.6 Operation and monitoring');
export const ARTICLE = node('eu-ai-act:art-26', 'PROVISION', 'Art. 26 Obligations of deployers');
export const OBLIGATION = node('obligation:OBL-1', 'OBLIGATION', 'OBL-1');
export const EVIDENCE = node('evidence:e-1', 'EVIDENCE', 'Change review record');
export const OWNER = node('owner:kim', 'OWNER', 'Kim');

const supplied = edge(MODEL.id, 'SUPPLIED_BY', VENDOR.id);
const usesA = edge(SYSTEM_A.id, 'USES_MODEL', MODEL.id);
const tuned = edge(TUNE.id, 'FINE_TUNED_FROM', MODEL.id);
const usesB = edge(SYSTEM_B.id, 'USES_MODEL', TUNE.id);
const governsA = edge(CONTROL.id, 'GOVERNS', SYSTEM_A.id);
const satisfies = edge(CONTROL.id, 'SATISFIES', CLAUSE.id, 'SUPERSET_OF', 7);
const maps = edge(CLAUSE.id, 'MAPS_TO', ARTICLE.id, 'INTERSECTS_WITH', 6);
const derived = edge(OBLIGATION.id, 'DERIVED_FROM', ARTICLE.id);
const supports = edge(EVIDENCE.id, 'SUPPORTS', CONTROL.id);
const owns = edge(OWNER.id, 'OWNS', SYSTEM_A.id);

const item = (itemNode: ImpactItem['node'], nodes: PathNode[], edges: PathEdge[], extra: Partial<ImpactItem> = {}): ImpactItem => ({
  node: itemNode,
  relationship: null,
  coverage: null,
  strength: null,
  path: { nodes, edges },
  ...extra,
});

export function fixtureImpact(): Impact {
  return {
    of: { __typename: 'Vendor', id: VENDOR.id, name: VENDOR.label },
    counts: { aiSystems: 2, obligations: 1, controls: 1, evidence: 1, owners: 1 },
    truncated: false,
    aiSystems: [
      item({ __typename: 'AISystem', id: SYSTEM_A.id, riskClass: 'HIGH_RISK' }, [VENDOR, MODEL, SYSTEM_A], [supplied, usesA]),
      item({ __typename: 'AISystem', id: SYSTEM_B.id, riskClass: 'MINIMAL' }, [VENDOR, MODEL, TUNE, SYSTEM_B], [supplied, tuned, usesB]),
    ],
    obligations: [
      item(
        { __typename: 'Obligation', id: OBLIGATION.id, summary: 'Monitor operation' },
        [VENDOR, MODEL, SYSTEM_A, CONTROL, CLAUSE, ARTICLE, OBLIGATION],
        [supplied, usesA, governsA, satisfies, maps, derived],
        { relationship: 'INTERSECTS_WITH', coverage: 'PARTIAL', strength: 6 },
      ),
    ],
    controls: [item({ __typename: 'Control', id: CONTROL.id }, [VENDOR, MODEL, SYSTEM_A, CONTROL], [supplied, usesA, governsA])],
    evidence: [item({ __typename: 'Evidence', id: EVIDENCE.id }, [VENDOR, MODEL, SYSTEM_A, CONTROL, EVIDENCE], [supplied, usesA, governsA, supports])],
    owners: [item({ __typename: 'Owner', id: OWNER.id }, [VENDOR, MODEL, SYSTEM_A, OWNER], [supplied, usesA, owns])],
  };
}

/** `count` systems reached straight from the vendor, for the drawing cap. */
export function wideImpact(count: number): Impact {
  const base = fixtureImpact();
  const systems = Array.from({ length: count }, (_, index) => {
    const system = node(`system:s${String(index).padStart(4, '0')}`, 'AI_SYSTEM', `System ${index}`);
    return item({ __typename: 'AISystem', id: system.id, riskClass: 'MINIMAL' }, [VENDOR, system], [edge(system.id, 'SUPPLIED_BY', VENDOR.id)]);
  });
  return { ...base, counts: { ...base.counts, aiSystems: count }, aiSystems: systems, obligations: [], controls: [], evidence: [], owners: [] };
}

const counts = (covered: number, partial: number, staleEvidence: number, uncovered: number) => ({
  covered,
  partial,
  staleEvidence,
  uncovered,
  total: covered + partial + staleEvidence + uncovered,
});

export function fixtureWhatIf(): WhatIf {
  return {
    removed: [{ id: CONTROL.id }],
    changedRows: 2,
    droppedRows: 1,
    systems: [
      {
        aiSystem: { id: SYSTEM_A.id, name: SYSTEM_A.label, riskClass: 'HIGH_RISK' },
        removed: false,
        changes: [
          { obligation: { id: OBLIGATION.id, code: 'OBL-1', summary: 'Monitor operation' }, before: 'PARTIAL', after: 'UNCOVERED' },
          { obligation: { id: 'obligation:OBL-2', code: 'OBL-2', summary: 'Keep logs' }, before: 'COVERED', after: 'STALE_EVIDENCE' },
        ],
        dropped: [],
        before: counts(3, 1, 0, 1),
        after: counts(2, 0, 1, 2),
      },
      {
        aiSystem: { id: SYSTEM_B.id, name: SYSTEM_B.label, riskClass: 'MINIMAL' },
        removed: true,
        changes: [],
        dropped: [{ id: 'obligation:OBL-LIT', code: 'OBL-LIT', summary: 'AI literacy' }],
        before: counts(1, 0, 0, 0),
        after: counts(0, 0, 0, 0),
      },
    ],
  };
}
