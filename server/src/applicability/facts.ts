import type { GraphExecutor } from '../db/executor.js';
import type { NodeRow } from '../common/queries.js';
import { compareText, type ObligationFacts, type OwnGpaiModel, type Role, type SystemFacts } from './rules.js';

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

/**
 * AI systems (all, or those ids) with their in-house GPAI models, owner and governing controls.
 * `excluded` nodes count as absent (what-if): excluded systems are not returned, excluded models and
 * controls are not followed. A model is in-house when no vendor supplies it (a vendor removed in a
 * what-if does not make its models in-house).
 */
export async function systemsWithFacts(db: GraphExecutor, systemIds: string[] | 'all', excluded: string[] = []): Promise<SystemRecord[]> {
  const rows = await db.read(
    `MATCH (s:AISystem)
     WHERE ($all OR s.id IN $systemIds) AND NOT s.id IN $excluded
     RETURN s {.*, __label: 'AISystem'} AS node,
       [(s)-[:USES_MODEL]->(m:Model)
         WHERE coalesce(m.gpai, false) AND NOT m.id IN $excluded AND NOT EXISTS { (m)-[:SUPPLIED_BY]->(:Vendor) }
         | m {.id, .name, systemicRisk: coalesce(m.systemicRisk, false), openWeights: coalesce(m.openWeights, false)}] AS ownGpaiModels,
       [(o:Owner)-[:OWNS]->(s) | o {.id, .name}][0] AS owner,
       [(c:Control)-[:GOVERNS]->(s) WHERE NOT c.id IN $excluded | c.id] AS controlIds`,
    { all: systemIds === 'all', systemIds: systemIds === 'all' ? [] : systemIds, excluded },
  );
  return rows.map((row) => {
    const node = row.node as NodeRow;
    return {
      node,
      facts: {
        id: node.id,
        roles: (node.roles as Role[] | null) ?? [],
        riskClass: node.riskClass as SystemFacts['riskClass'],
        highRiskBasis: (node.highRiskBasis as SystemFacts['highRiskBasis']) ?? null,
        annexIIIArea: (node.annexIIIArea as string | null) ?? null,
        transparencyTriggers: (node.transparencyTriggers as string[] | null) ?? [],
        publicAuthority: (node.publicAuthority as boolean | null) ?? false,
        lifecycleStage: node.lifecycleStage as string,
        ownGpaiModels: (row.ownGpaiModels as OwnGpaiModel[]).sort((a, b) => compareText(a.name, b.name)),
      },
      owner: (row.owner as SystemRecord['owner']) ?? null,
      controlIds: row.controlIds as string[],
    };
  });
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
        paragraph: (node.paragraph as string | null) ?? null,
        appliesFrom: node.appliesFrom as string,
        appliesFromAnnexIProducts: (node.appliesFromAnnexIProducts as string | null) ?? null,
        amendedAppliesFrom: (node.amendedAppliesFrom as string | null) ?? null,
        amendedAppliesFromAnnexIProducts: (node.amendedAppliesFromAnnexIProducts as string | null) ?? null,
      },
      article: (row.article as ObligationRecord['article']) ?? null,
    };
  });
}
