import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { toNumber } from '../../src/db/values.js';
import {
  EXPORT_FORMAT,
  EXPORT_LABELS,
  EXPORT_VERSION,
  EXPORTED_RELATIONSHIPS,
  UnsupportedValueError,
  encodeProperties,
  type ExportFile,
  type ExportedNode,
  type ExportedRelationship,
} from './format.js';

export interface ExportOptions {
  database: string;
  /** Where the data comes from, recorded in the file (no credentials). */
  source?: ExportFile['source'];
  now?: Date;
}

export interface ExportResult {
  file: ExportFile;
  /** Relationships touching an exported node that the model has no place for, by type (not in the file). */
  skipped: Record<string, number>;
}

/** An organisation node or relationship that cannot be written to the file. */
class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

// Labels and types below come from the closed lists of format.ts (graph/model.ts), never from input.

async function readNodes(tx: ManagedTransaction): Promise<ExportedNode[]> {
  const nodes: ExportedNode[] = [];
  for (const label of EXPORT_LABELS) {
    const result = await tx.run(`MATCH (n:${label}) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY n.id`);
    for (const record of result.records) {
      const id = record.get('id') as unknown;
      if (typeof id !== 'string' || id === '')
        throw new ExportError(`a ${label} node has no id; give it one (graph/README.md, id formats) and export again`);
      const { id: _id, ...properties } = record.get('properties') as Record<string, unknown>;
      const extraLabels = (record.get('labels') as string[]).filter((other) => other !== label).sort();
      let encoded;
      try {
        encoded = encodeProperties(properties);
      } catch (error) {
        if (error instanceof UnsupportedValueError) throw new ExportError(`${id}: ${error.message}`);
        throw error;
      }
      nodes.push({ label, id, ...(extraLabels.length > 0 ? { extraLabels } : {}), properties: encoded });
    }
  }
  return nodes;
}

async function readRelationships(tx: ManagedTransaction): Promise<ExportedRelationship[]> {
  const relationships: ExportedRelationship[] = [];
  for (const { type, from, to } of EXPORTED_RELATIONSHIPS) {
    const result = await tx.run(
      `MATCH (a:${from})-[r:${type}]->(b:${to})
       RETURN a.id AS from, b.id AS to, properties(r) AS properties
       ORDER BY from, to`,
    );
    for (const record of result.records) {
      const [fromId, toId] = [record.get('from') as string, record.get('to') as string];
      try {
        relationships.push({
          type,
          from: fromId,
          to: toId,
          properties: encodeProperties(record.get('properties') as Record<string, unknown>),
        });
      } catch (error) {
        if (error instanceof UnsupportedValueError) throw new ExportError(`${fromId} -${type}-> ${toId}: ${error.message}`);
        throw error;
      }
    }
  }
  return relationships;
}

/** Relationships touching an exported node, by type: compared with what the file holds, to report what it leaves out. */
async function relationshipsTouchingExported(tx: ManagedTransaction): Promise<Record<string, number>> {
  const exported = EXPORT_LABELS.map((label) => `n:${label}`).join(' OR ');
  const result = await tx.run(
    `MATCH (n)-[r]-() WHERE ${exported}
     WITH DISTINCT r
     RETURN type(r) AS type, count(r) AS count`,
  );
  return Object.fromEntries(result.records.map((record) => [record.get('type') as string, toNumber(record.get('count'))]));
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/**
 * Reads the organisation's side of the graph (format.ts) in one read transaction, so the file is a
 * consistent snapshot: nodes by label then id, relationships by type, start and end.
 */
export async function exportGraph(driver: Driver, options: ExportOptions): Promise<ExportResult> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    const { nodes, relationships, touching } = await session.executeRead(async (tx) => ({
      nodes: await readNodes(tx),
      relationships: await readRelationships(tx),
      touching: await relationshipsTouchingExported(tx),
    }));
    const counts = {
      nodes: countBy(nodes, (node) => node.label),
      relationships: countBy(relationships, (relationship) => relationship.type),
    };
    const skipped: Record<string, number> = {};
    for (const [type, count] of Object.entries(touching)) {
      const left = count - (counts.relationships[type] ?? 0);
      if (left > 0) skipped[type] = left;
    }
    const file: ExportFile = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: (options.now ?? new Date()).toISOString(),
      ...(options.source ? { source: options.source } : {}),
      counts,
      nodes,
      relationships,
    };
    return { file, skipped };
  } finally {
    await session.close();
  }
}

/** The file's text: one node or relationship per line, so two exports diff line by line. */
export function serialiseExport(file: ExportFile): string {
  const { nodes, relationships, ...header } = file;
  const list = (items: readonly unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  return `${head},\n  "nodes": ${list(nodes)},\n  "relationships": ${list(relationships)}\n}\n`;
}
