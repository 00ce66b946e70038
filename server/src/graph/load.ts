import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { DataFileError, readDataFiles, type DataFile, type NodeRecord, type RelationshipRecord } from './data-files.js';
import { toNumber } from '../db/values.js';
import { chunks, groupBy } from '../common/collections.js';

const BATCH_SIZE = 1000;

export interface LoadReport {
  file: string;
  status: 'loaded' | 'unchanged';
  nodes: number;
  relationships: number;
}

export interface LoadOptions {
  dataDir: string;
  /** Files relative to dataDir; default: the manifest's list. */
  files?: string[];
  today?: Date;
  /** Re-write files whose checksum is unchanged too. */
  force?: boolean;
  database?: string;
  onProgress?: (report: LoadReport) => void;
}

async function writeNodes(tx: ManagedTransaction, file: string, nodes: NodeRecord[]): Promise<void> {
  for (const group of groupBy(nodes, (node) => `${node.label}|${node.extraLabel ?? ''}`)) {
    const { label, extraLabel } = group[0]!;
    // Labels come from the model's closed list (validated in data-files.ts), never from free text.
    const setExtraLabel = extraLabel ? `SET n:${extraLabel}` : '';
    for (const batch of chunks(group, BATCH_SIZE)) {
      await tx.run(
        `UNWIND $rows AS row
         MERGE (n:${label} {id: row.id})
         SET n = row.properties, n.loadedFrom = $file
         ${setExtraLabel}`,
        { rows: batch.map((node) => ({ id: node.id, properties: node.properties })), file },
      );
    }
  }
}

async function writeRelationships(tx: ManagedTransaction, data: DataFile): Promise<void> {
  const groups = groupBy(data.relationships, (r) => `${r.type}|${r.fromLabel}|${r.toLabel}`);
  for (const group of groups) {
    const { type, fromLabel, toLabel } = group[0]!;
    for (const batch of chunks(group, BATCH_SIZE)) {
      const result = await tx.run(
        `UNWIND $rows AS row
         MATCH (a:${fromLabel} {id: row.from})
         MATCH (b:${toLabel} {id: row.to})
         MERGE (a)-[r:${type}]->(b)
         SET r = row.properties, r.loadedFrom = $file
         RETURN count(r) AS written`,
        {
          rows: batch.map((r: RelationshipRecord) => ({ from: r.from, to: r.to, properties: r.properties })),
          file: data.name,
        },
      );
      const written = toNumber(result.records[0]?.get('written'));
      if (written !== batch.length) {
        // An endpoint defined in an earlier file is missing from the graph: refuse, and roll back.
        const missing = batch.length - written;
        throw new DataFileError(data.name, `relationships of type ${type}`, `${missing} endpoint(s) not found in the graph`);
      }
    }
  }
}

/** Removes what an earlier version of the file loaded and the file no longer holds. */
async function pruneRemoved(tx: ManagedTransaction, data: DataFile): Promise<void> {
  await tx.run(
    `MATCH (n {loadedFrom: $file}) WHERE NOT n.id IN $ids
     DETACH DELETE n`,
    { file: data.name, ids: data.nodes.map((node) => node.id) },
  );
  await tx.run(
    `MATCH (a)-[r {loadedFrom: $file}]->(b)
     WHERE NOT (a.id + '|' + type(r) + '|' + b.id) IN $keys
     DELETE r`,
    { file: data.name, keys: data.relationships.map((r) => `${r.from}|${r.type}|${r.to}`) },
  );
}

async function loadFile(tx: ManagedTransaction, data: DataFile): Promise<void> {
  await writeNodes(tx, data.name, data.nodes);
  await writeRelationships(tx, data);
  await pruneRemoved(tx, data);
  await tx.run(
    `MERGE (l:DataLoad {id: $file})
     SET l.checksum = $checksum, l.loadedAt = datetime(), l.nodes = $nodes, l.relationships = $relationships`,
    {
      file: data.name,
      checksum: data.checksum,
      nodes: data.nodes.length,
      relationships: data.relationships.length,
    },
  );
}

/**
 * Loads the data files into the graph: every file is validated first (a bad file anywhere stops
 * the load before anything is written), then each file is written in one transaction, in batches.
 * A file whose checksum matches its DataLoad record is skipped, so a second load adds nothing.
 */
export async function loadData(driver: Driver, options: LoadOptions): Promise<LoadReport[]> {
  const files = await readDataFiles(options.dataDir, options.today ?? new Date(), options.files);
  const session = driver.session({ database: options.database ?? 'neo4j' });
  const reports: LoadReport[] = [];
  try {
    const loaded = await session.executeRead(async (tx) => {
      const result = await tx.run('MATCH (l:DataLoad) RETURN l.id AS id, l.checksum AS checksum');
      return new Map(result.records.map((record) => [record.get('id') as string, record.get('checksum') as string]));
    });
    for (const data of files) {
      const unchanged = !options.force && loaded.get(data.name) === data.checksum;
      if (!unchanged) await session.executeWrite((tx) => loadFile(tx, data));
      const report: LoadReport = {
        file: data.name,
        status: unchanged ? 'unchanged' : 'loaded',
        nodes: data.nodes.length,
        relationships: data.relationships.length,
      };
      reports.push(report);
      options.onProgress?.(report);
    }
  } finally {
    await session.close();
  }
  return reports;
}
