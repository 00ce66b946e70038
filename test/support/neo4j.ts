import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver, type Neo4jConnection } from '../../server/src/db/driver.js';

export function testConnection(): Neo4jConnection {
  return inject('neo4j');
}

export function testDriver(): Driver {
  return createDriver(testConnection());
}

/**
 * A fingerprint of the whole graph: every node's labels and properties and every relationship, in a
 * stable order. Two equal fingerprints mean nothing was added, removed or changed.
 */
export async function graphFingerprint(driver: Driver, options: { auditBy?: string } = {}): Promise<string> {
  const { database } = testConnection();
  // API keys and the audit trail are the server's bookkeeping, and other test files add to them while
  // this one runs: they are left out, except the audit events of one actor when asked for (a refused
  // request must leave none: { auditBy: api.adminActor }).
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE (NOT n:AuditEvent AND NOT n:ApiKey) OR (n:AuditEvent AND n.actor = $actor)
     RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id`,
    { actor: options.auditBy ?? null },
    { database },
  );
  const relationships = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties ORDER BY from, type, to',
    {},
    { database },
  );
  // Neo4j does not promise an order of labels or properties: sort them; temporal and integer values
  // are compared in their string form.
  const canonical = (properties: Record<string, unknown>) =>
    Object.keys(properties)
      .sort()
      .map((key) => [key, Array.isArray(properties[key]) ? properties[key] : String(properties[key])]);
  return JSON.stringify({
    nodes: nodes.records.map((r) => [[...(r.get('labels') as string[])].sort(), canonical(r.get('properties'))]),
    relationships: relationships.records.map((r) => [r.get('from'), r.get('type'), r.get('to'), canonical(r.get('properties'))]),
  });
}
