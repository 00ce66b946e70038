// A small organisation of the backup tests' own, every id carrying a unique marker, so the tests can
// delete and restore it in the shared test graph without touching anything else.
import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { testConnection } from '../support/neo4j.js';

export function newMarker(): string {
  return `bk${randomBytes(4).toString('hex')}`;
}

const database = () => testConnection().database;

/** A provision and an obligation of the reference data that controls may satisfy (not hard-coded: read from the graph). */
export async function referenceTargets(driver: Driver): Promise<{ provisionId: string; obligationId: string }> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Provision {kind: 'ANNEX_A_CONTROL'}) WITH p ORDER BY p.id LIMIT 1
     MATCH (o:Obligation) WITH p, o ORDER BY o.id LIMIT 1
     RETURN p.id AS provisionId, o.id AS obligationId`,
    {},
    { database: database() },
  );
  return { provisionId: records[0]!.get('provisionId') as string, obligationId: records[0]!.get('obligationId') as string };
}

/**
 * Writes the marked organisation: every organisation label, both owner kinds, every organisation
 * relationship type, and every value type the format encodes (dates, date-times with an offset and
 * with a zone, integers, floats, lists), plus an audit event (a label the model does not have yet).
 */
export async function createMarkedOrganisation(driver: Driver, marker: string): Promise<void> {
  const { provisionId, obligationId } = await referenceTargets(driver);
  await driver.executeQuery(
    `CREATE (person:Owner:Person {id: 'owner:' + $m + '-ana', kind: 'PERSON', name: 'Ana ' + $m, email: 'ana@example.com',
                                  createdAt: datetime('2026-03-04T05:06:07.123456789Z'), updatedAt: datetime('2026-03-05T00:00:00+02:00')})
     CREATE (team:Owner:Team {id: 'owner:' + $m + '-team', kind: 'TEAM', name: 'Team ' + $m, description: 'model risk'})
     CREATE (person)-[:MEMBER_OF]->(team)
     CREATE (vendor:Vendor {id: 'vendor:' + $m + '-acme', name: 'Acme ' + $m, country: 'NL', riskTier: 'HIGH'})
     CREATE (base:Model {id: 'model:' + $m + '-base', name: 'Base ' + $m, modelType: 'GPAI', gpai: true, systemicRisk: false})
     CREATE (tuned:Model {id: 'model:' + $m + '-tuned', name: 'Tuned ' + $m, modelType: 'CLASSIFIER', version: '2.1'})
     CREATE (tuned)-[:FINE_TUNED_FROM]->(base), (base)-[:SUPPLIED_BY]->(vendor)
     CREATE (system:AISystem {id: 'system:' + $m + '-scoring', name: 'Scoring ' + $m, roles: ['PROVIDER', 'DEPLOYER'],
                              riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', annexIIIArea: 'ESSENTIAL_SERVICES',
                              lifecycleStage: 'DEPLOYED', gpaiBased: true, placedOnMarket: date('2025-11-30'),
                              transparencyTriggers: ['CHATBOT'], loadedFrom: 'backup-test'})
     CREATE (system)-[:USES_MODEL]->(tuned), (system)-[:SUPPLIED_BY]->(vendor)
     CREATE (control:Control {id: 'control:' + $m + '-01', code: $m + '-01', codeKey: toLower($m + '-01'), name: 'Control ' + $m, implementationStatus: 'PLANNED',
                              updatedAt: datetime({year: 2026, month: 7, day: 1, hour: 12, timezone: 'Europe/Paris'})})
     CREATE (control)-[:GOVERNS]->(system)
     WITH *
     MATCH (provision:Provision {id: $provisionId}), (obligation:Obligation {id: $obligationId})
     CREATE (control)-[:SATISFIES {relationship: 'SUBSET_OF', strength: 7, rationale: 'covers part', createdAt: datetime('2026-01-02T03:04:05Z')}]->(provision)
     CREATE (control)-[:SATISFIES {relationship: 'EQUAL', strength: 10, rationale: 'the same duty', sources: ['internal review']}]->(obligation)
     CREATE (evidence:Evidence {id: 'evidence:' + $m + '-card', title: 'Card ' + $m, kind: 'MODEL_CARD', location: 'https://example.com/card',
                                collectedOn: date('2026-01-15'), validUntil: date('2027-01-15')})
     CREATE (evidence)-[:SUPPORTS]->(control)
     CREATE (person)-[:OWNS]->(system), (team)-[:OWNS]->(control), (person)-[:OWNS]->(evidence)
     CREATE (:AuditEvent {id: 'audit:' + $m + '-1', at: datetime('2026-02-03T04:05:06.5-05:00'), action: 'UPDATE', attempt: 3,
                          score: 0.25, counts: [1, 2, 3], days: [date('2026-01-01')], local: localdatetime('2026-02-03T04:05:06')})`,
    { m: marker, provisionId, obligationId },
    { database: database() },
  );
}

/** How many nodes createMarkedOrganisation writes: eight organisation nodes and one audit event. */
export const MARKED_NODES = 9;

/** Cypher true for a node of the marked organisation. */
export const MARKED = 'n.id CONTAINS $marker';

export async function deleteMarked(driver: Driver, marker: string): Promise<void> {
  await driver.executeQuery(`MATCH (n) WHERE ${MARKED} DETACH DELETE n`, { marker }, { database: database() });
}

/** A typed value as text that names its type, so a date and the string of a date differ. */
function typed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(typed);
  if (value === null || typeof value !== 'object') return `${typeof value}:${String(value)}`;
  return `${value.constructor.name}:${String(value)}`;
}

/** The marked nodes and every relationship touching them, with labels and typed properties, in a stable order. */
export async function markedSnapshot(driver: Driver, marker: string): Promise<string> {
  const canonical = (properties: Record<string, unknown>) =>
    Object.keys(properties)
      .sort()
      .map((key) => [key, typed(properties[key])]);
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE ${MARKED} RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id`,
    { marker },
    { database: database() },
  );
  const relationships = await driver.executeQuery(
    `MATCH (n)-[r]-() WHERE ${MARKED} WITH DISTINCT r
     RETURN startNode(r).id AS from, type(r) AS type, endNode(r).id AS to, properties(r) AS properties ORDER BY from, type, to`,
    { marker },
    { database: database() },
  );
  return JSON.stringify({
    nodes: nodes.records.map((r) => [[...(r.get('labels') as string[])].sort(), canonical(r.get('properties'))]),
    relationships: relationships.records.map((r) => [r.get('from'), r.get('type'), r.get('to'), canonical(r.get('properties'))]),
  });
}
