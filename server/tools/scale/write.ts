import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { isoDay, parseDataFile, type DataFile, type NodeRecord, type RelationshipRecord } from '../../src/graph/data-files.js';
import type { NodeLabel } from '../../src/graph/model.js';
import { toNumber } from '../../src/db/values.js';
import { GENERATED_ID_PREFIXES, generateOrganisation, type ReferenceTargets } from './organisation.js';
import type { ScaleOptions } from './options.js';
import { chunks, groupBy } from '../../src/common/collections.js';

/** The bookkeeping node a complete generation leaves, like the loader's `(:DataLoad)` per data file. */
const GENERATION_MARKER_ID = 'generated/scale';
/** Bump when the generator's output changes, so an older generated graph is not mistaken for this one. */
const GENERATOR_VERSION = 1;

export interface GenerationReport {
  status: 'generated' | 'unchanged';
  nodes: number;
  relationships: number;
  seconds: number;
}

export interface WriteProgress {
  /** Called once before writing with the number of nodes and relationships, then after each batch. */
  start?(total: number): void;
  batch?(written: number, what: string): void;
}

/** What identifies a generated graph: the options and the generator's version, not the day. */
function generationChecksum(options: ScaleOptions): string {
  const { seed, systems, models, vendors, controls, owners, evidence } = options;
  return createHash('sha256')
    .update(JSON.stringify({ GENERATOR_VERSION, seed, systems, models, vendors, controls, owners, evidence }))
    .digest('hex');
}

/** The ISO/IEC 42001 controls and clauses and the Act's obligations generated controls may satisfy. */
export async function readReferenceTargets(driver: Driver, database: string): Promise<ReferenceTargets> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Provision {framework: 'iso42001'})
     WHERE p.kind = 'ANNEX_A_CONTROL'
        OR (p.kind = 'CLAUSE' AND NOT coalesce(p.grouping, false) AND NOT p.number IN ['1', '2', '3'])
     RETURN p.id AS id, p.kind AS kind
     UNION ALL
     MATCH (o:Obligation) RETURN o.id AS id, 'OBLIGATION' AS kind`,
    {},
    { database, routing: 'READ' },
  );
  const targets: ReferenceTargets = { isoControls: [], isoClauses: [], obligations: [] };
  for (const record of records) {
    const id = record.get('id') as string;
    const kind = record.get('kind') as string;
    (kind === 'ANNEX_A_CONTROL' ? targets.isoControls : kind === 'CLAUSE' ? targets.isoClauses : targets.obligations).push(id);
  }
  for (const list of [targets.isoControls, targets.isoClauses, targets.obligations]) list.sort();
  if (targets.isoControls.length === 0 || targets.obligations.length === 0) {
    throw new Error(
      'The graph holds no ISO/IEC 42001 Annex A controls or Act obligations: load the reference data first (`pnpm seed`, or `npm start`).',
    );
  }
  return targets;
}

/**
 * Generates the organisation and runs it through the data loader's validation (graph/README.md's
 * model: labels, id formats, required properties, enum values, dates and integers converted to Neo4j
 * values, no dangling references), without writing anything.
 */
function buildGeneratedDataFile(options: ScaleOptions, reference: ReferenceTargets, today: Date): DataFile {
  const organisation = generateOrganisation(options, reference, today);
  const knownIds = new Map<string, NodeLabel>();
  for (const id of [...reference.isoControls, ...reference.isoClauses]) knownIds.set(id, 'Provision');
  for (const id of reference.obligations) knownIds.set(id, 'Obligation');
  return parseDataFile(GENERATION_MARKER_ID, JSON.stringify(organisation), knownIds, today);
}

/** The options of the generated graph in the database, or null when there is none (or it is incomplete). */
async function readGenerationMarker(driver: Driver, database: string): Promise<{ checksum: string; generatedOn: string } | null> {
  const { records } = await driver.executeQuery(
    'MATCH (m:DataLoad {id: $id}) RETURN m.checksum AS checksum, toString(m.generatedOn) AS generatedOn',
    { id: GENERATION_MARKER_ID },
    { database, routing: 'READ' },
  );
  const record = records[0];
  return record ? { checksum: record.get('checksum') as string, generatedOn: record.get('generatedOn') as string } : null;
}

/** Removes every generated node (with its relationships) and the marker; returns how many nodes went. */
export async function clearGenerated(driver: Driver, database: string, batchSize = 5000): Promise<number> {
  let removed = 0;
  const session = driver.session({ database });
  try {
    // The marker first: a half-cleared graph must not pass for a complete one.
    await session.run('MATCH (m:DataLoad {id: $id}) DELETE m', { id: GENERATION_MARKER_ID });
    for (const { label, prefix } of GENERATED_ID_PREFIXES) {
      const counted = await session.run(`MATCH (n:${label}) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n`, { prefix });
      const count = toNumber(counted.records[0]?.get('n'));
      if (count === 0) continue;
      // Implicit transactions in batches: one transaction for 50,000 nodes would need a big heap.
      await session.run(
        `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix
         CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS`,
        { prefix, batch: neo4j.int(batchSize) },
      );
      removed += count;
    }
  } finally {
    await session.close();
  }
  return removed;
}

/**
 * Writes a generated data file: nodes, then relationships, `UNWIND $rows` in transactions of
 * `batchSize` rows each, then the marker. The caller clears earlier generated nodes first.
 */
async function writeGeneratedDataFile(
  driver: Driver,
  database: string,
  data: DataFile,
  options: ScaleOptions & { batchSize: number; today: Date },
  progress: WriteProgress = {},
): Promise<void> {
  progress.start?.(data.nodes.length + data.relationships.length);
  const session = driver.session({ database });
  try {
    for (const group of groupBy(data.nodes, (node: NodeRecord) => `${node.label}:${node.extraLabel ?? ''}`)) {
      const { label, extraLabel } = group[0]!;
      // Labels and types come from the model's closed lists (validated by parseDataFile).
      const labels = extraLabel ? `${label}:${extraLabel}` : label;
      for (const batch of chunks(group, options.batchSize)) {
        await session.executeWrite((tx) =>
          tx.run(`UNWIND $rows AS row CREATE (n:${labels}) SET n = row`, { rows: batch.map((node) => node.properties) }),
        );
        progress.batch?.(batch.length, `${labels} nodes`);
      }
    }
    for (const group of groupBy(data.relationships, (r: RelationshipRecord) => `${r.type}|${r.fromLabel}|${r.toLabel}`)) {
      const { type, fromLabel, toLabel } = group[0]!;
      for (const batch of chunks(group, options.batchSize)) {
        const written = await session.executeWrite(async (tx) => {
          const result = await tx.run(
            `UNWIND $rows AS row
             MATCH (a:${fromLabel} {id: row.from})
             MATCH (b:${toLabel} {id: row.to})
             CREATE (a)-[r:${type}]->(b)
             SET r = row.properties
             RETURN count(r) AS written`,
            { rows: batch.map((r) => ({ from: r.from, to: r.to, properties: r.properties })) },
          );
          return toNumber(result.records[0]?.get('written'));
        });
        if (written !== batch.length) throw new Error(`${batch.length - written} ${type} relationship(s) found no endpoint in the graph`);
        progress.batch?.(batch.length, `${type} relationships`);
      }
    }
    await session.executeWrite((tx) =>
      tx.run(
        `MERGE (m:DataLoad {id: $id})
         SET m.checksum = $checksum, m.loadedAt = datetime(), m.generatedOn = date($today),
             m.nodes = $nodes, m.relationships = $relationships, m.seed = $seed`,
        {
          id: GENERATION_MARKER_ID,
          checksum: generationChecksum(options),
          today: isoDay(options.today),
          nodes: data.nodes.length,
          relationships: data.relationships.length,
          seed: options.seed,
        },
      ),
    );
  } finally {
    await session.close();
  }
}

/**
 * `pnpm graph:generate` as a function (the benchmark and the tests call it too): skipped when the
 * graph already holds a complete generation of the same options (unless `force`), else earlier
 * generated nodes are removed and the new organisation is written.
 */
export async function generateScaleGraph(
  driver: Driver,
  database: string,
  options: ScaleOptions & { batchSize?: number; today?: Date; force?: boolean; log?: (line: string) => void },
  progress: WriteProgress = {},
): Promise<GenerationReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const today = options.today ?? new Date();
  const marker = await readGenerationMarker(driver, database);
  if (!options.force && marker?.checksum === generationChecksum(options)) {
    const { records } = await driver.executeQuery(
      'MATCH (m:DataLoad {id: $id}) RETURN m.nodes AS nodes, m.relationships AS relationships',
      { id: GENERATION_MARKER_ID },
      { database },
    );
    return {
      status: 'unchanged',
      nodes: toNumber(records[0]?.get('nodes')),
      relationships: toNumber(records[0]?.get('relationships')),
      seconds: (Date.now() - started) / 1000,
    };
  }
  const reference = await readReferenceTargets(driver, database);
  const data = buildGeneratedDataFile(options, reference, today);
  log(
    `generated ${data.nodes.length.toLocaleString('en-US')} nodes and ${data.relationships.length.toLocaleString('en-US')} relationships in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const removed = await clearGenerated(driver, database, options.batchSize ?? 5000);
  if (removed > 0) log(`removed ${removed.toLocaleString('en-US')} previously generated nodes`);
  await writeGeneratedDataFile(driver, database, data, { ...options, batchSize: options.batchSize ?? 5000, today }, progress);
  return {
    status: 'generated',
    nodes: data.nodes.length,
    relationships: data.relationships.length,
    seconds: (Date.now() - started) / 1000,
  };
}
