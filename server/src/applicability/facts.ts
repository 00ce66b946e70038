import type { GraphExecutor } from '../db/executor.js';
import type { NodeRow } from '../common/queries.js';
import type { ModelFacts, ObligationFacts, Role, SystemFacts } from './rules.js';

// The data layer of applicability and gaps: what the rules need, read in one query per kind of node,
// however many systems are asked for.

/** An AI system as read for applicability and gaps: its node, its facts, owner and governing controls. */
export interface SystemRecord {
  node: NodeRow;
  facts: SystemFacts;
  owner: { id: string; name: string } | null;
  /** Controls that GOVERN the system. */
  controlIds: string[];
}

/** An obligation with the article it derives from. */
export interface ObligationRecord {
  node: NodeRow;
  facts: ObligationFacts;
  article: { id: string; ref: string; position: number } | null;
}

/** A property read as recorded: null when absent (a missing fact), never a default. */
function fact<T>(node: NodeRow, name: string): T | null {
  const value = node[name];
  return value === undefined || value === null ? null : (value as T);
}

/** The facts of an AI system node; absent facts stay null (rules.ts treats them as "fact missing"). */
export function systemFactsOf(node: NodeRow): SystemFacts {
  return {
    id: node.id,
    roles: fact<Role[]>(node, 'roles') ?? [],
    riskClass: node.riskClass as SystemFacts['riskClass'],
    highRiskBasis: fact(node, 'highRiskBasis'),
    annexIIIArea: fact(node, 'annexIIIArea'),
    annexIIIPoint: fact(node, 'annexIIIPoint'),
    annexISection: fact(node, 'annexISection'),
    article6_3Derogation: fact(node, 'article6_3Derogation'),
    profilesNaturalPersons: fact(node, 'profilesNaturalPersons'),
    decidesAboutNaturalPersons: fact(node, 'decidesAboutNaturalPersons'),
    transparencyTriggers: fact<string[]>(node, 'transparencyTriggers') ?? [],
    article25Triggers: fact<string[]>(node, 'article25Triggers') ?? [],
    scopeExclusion: fact(node, 'scopeExclusion'),
    gpaiBased: fact<boolean>(node, 'gpaiBased') ?? false,
    lifecycleStage: node.lifecycleStage as string,
    establishedInUnion: fact(node, 'establishedInUnion'),
    deployerIsPublicAuthority: fact(node, 'deployerIsPublicAuthority'),
    deployerIsPublicServiceBody: fact(node, 'deployerIsPublicServiceBody'),
    intendedForPublicAuthorities: fact(node, 'intendedForPublicAuthorities'),
    annexXComponent: fact(node, 'annexXComponent'),
    placedOnMarket: fact(node, 'placedOnMarket'),
    significantlyChanged: fact(node, 'significantlyChanged'),
    significantChangeOn: fact(node, 'significantChangeOn'),
    withdrawnOn: fact(node, 'withdrawnOn'),
    unitsStillInUse: fact(node, 'unitsStillInUse'),
  };
}

/** The facts of a model node for the GPAI rules. */
export function modelFactsOf(node: NodeRow): ModelFacts {
  return {
    id: node.id,
    name: String(node.name),
    gpai: fact<boolean>(node, 'gpai') ?? false,
    systemicRisk: fact<boolean>(node, 'systemicRisk') ?? false,
    openWeights: fact<boolean>(node, 'openWeights') ?? false,
    licence: fact(node, 'licence'),
    establishedInUnion: fact(node, 'establishedInUnion'),
    placedOnMarket: fact(node, 'placedOnMarket'),
  };
}

/**
 * AI systems (all, or those ids) with their owner and governing controls. `excluded` nodes count as
 * absent (what-if): excluded systems are not returned, excluded controls are not followed.
 */
export async function systemsWithFacts(db: GraphExecutor, systemIds: string[] | 'all', excluded: string[] = []): Promise<SystemRecord[]> {
  const rows = await db.read(
    `MATCH (s:AISystem)
     WHERE ($all OR s.id IN $systemIds) AND NOT s.id IN $excluded
     RETURN s {.*, __label: 'AISystem'} AS node,
       [(o:Owner)-[:OWNS]->(s) | o {.id, .name}][0] AS owner,
       [(c:Control)-[:GOVERNS]->(s) WHERE NOT c.id IN $excluded | c.id] AS controlIds`,
    { all: systemIds === 'all', systemIds: systemIds === 'all' ? [] : systemIds, excluded },
  );
  return rows.map((row) => {
    const node = row.node as NodeRow;
    return {
      node,
      facts: systemFactsOf(node),
      owner: (row.owner as SystemRecord['owner']) ?? null,
      controlIds: row.controlIds as string[],
    };
  });
}

/**
 * GPAI models among these ids that the organisation provides: `gpai` and supplied by no vendor (a
 * vendor's model is its provider's duty, not ours).
 */
export async function providedGpaiModels(db: GraphExecutor, modelIds: readonly string[]): Promise<{ node: NodeRow; facts: ModelFacts }[]> {
  const rows = await db.read(
    `MATCH (m:Model) WHERE m.id IN $modelIds AND coalesce(m.gpai, false) AND NOT EXISTS { (m)-[:SUPPLIED_BY]->(:Vendor) }
     RETURN m {.*, __label: 'Model'} AS node`,
    { modelIds: [...modelIds] },
  );
  return rows.map((row) => ({ node: row.node as NodeRow, facts: modelFactsOf(row.node as NodeRow) }));
}

/** Every obligation (except excluded ones) with its article, in code order. */
export async function obligationsWithArticles(db: GraphExecutor, excluded: string[] = []): Promise<ObligationRecord[]> {
  const rows = await db.read(
    `MATCH (o:Obligation) WHERE NOT o.id IN $excluded
     RETURN o {.*, __label: 'Obligation'} AS node,
       [(o)-[:DERIVED_FROM]->(a:Provision) | a {.id, .ref, .position}][0] AS article
     ORDER BY o.code`,
    { excluded },
  );
  return rows.map((row) => {
    const node = row.node as NodeRow;
    return {
      node,
      facts: {
        id: node.id,
        code: node.code as string,
        roles: (node.roles as Role[] | null) ?? [],
        riskClass: node.riskClass as ObligationFacts['riskClass'],
        paragraph: fact(node, 'paragraph'),
        articleRef: (row.article as { ref?: string } | null)?.ref ?? null,
        appliesFrom: node.appliesFrom as string,
        appliesFromAnnexIProducts: fact(node, 'appliesFromAnnexIProducts'),
        amendedAppliesFrom: fact(node, 'amendedAppliesFrom'),
        amendedAppliesFromAnnexIProducts: fact(node, 'amendedAppliesFromAnnexIProducts'),
        amendmentStatus: fact(node, 'amendmentStatus'),
      },
      article: (row.article as ObligationRecord['article']) ?? null,
    };
  });
}
