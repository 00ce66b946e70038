// The graph side of `pnpm load`: the bench's Neo4j with the demo and generated organisations (the
// same helpers, settings and data folder as `pnpm bench`), reading back what the load wrote, and
// removing it afterwards.
import type { Driver } from 'neo4j-driver';
import { createDriver, waitForNeo4j } from '../../src/db/driver.js';
import { startBenchNeo4j, type BenchNeo4j } from '../bench/neo4j.js';
import { setUpGraph } from '../../src/graph/setup.js';
import { DEFAULT_SCALE } from '../scale/options.js';
import { progressBar } from '../scale/progress.js';
import { generateScaleGraph } from '../scale/write.js';
import type { FieldValue } from './ledger.js';
import { LOAD_LABELS, type LoadLabel } from './workload.js';

export interface BenchGraph extends BenchNeo4j {
  driver: Driver;
  /** How the scale graph came to be there, for the report. */
  generation: string;
}

/**
 * Opens the bench's Neo4j as `pnpm bench` does (bench/neo4j.ts); migrations, reference and demo
 * data; the default generated organisation unless it is there.
 */
export async function openBenchGraph(log: (line: string) => void): Promise<BenchGraph> {
  const { connection, local, pageCache } = await startBenchNeo4j(log);
  const driver = createDriver(connection);
  try {
    await waitForNeo4j(driver, connection);
    log('load: migrations and reference/demo data…');
    await setUpGraph(driver, { database: connection.database });
    log('load: scale graph…');
    const bar = progressBar('load: writing the scale graph');
    const generated = await generateScaleGraph(driver, connection.database, { ...DEFAULT_SCALE, log }, bar.progress);
    bar.finish();
    const generation = generated.status === 'generated' ? `generated and loaded in ${generated.seconds.toFixed(0)} s` : 'already loaded';
    log(
      `load: scale graph ${generation} (${generated.nodes.toLocaleString('en-US')} nodes, ${generated.relationships.toLocaleString('en-US')} relationships)`,
    );
    return { connection, driver, ...(local ? { local } : {}), pageCache, generation };
  } catch (error) {
    await driver.close().catch(() => undefined);
    await local?.stop();
    throw error;
  }
}

/** What each label's read-back returns: the fields the writes set, named as in the writes. */
const READ_BACK: Record<LoadLabel, string> = {
  Vendor: 'n {.name, .country, .riskTier, .description}',
  Control: 'n {.code, .name, .category, .implementationStatus, .description}',
  AISystem: 'n {.name, .riskClass, .lifecycleStage, .description, vendors: [(n)-[:SUPPLIED_BY]->(v:Vendor) | v.id]}',
};

/** The nodes among `idsByLabel` that exist, with the fields the load's writes set (one read transaction). */
export async function readBack(
  driver: Driver,
  database: string,
  idsByLabel: ReadonlyMap<string, string[]>,
): Promise<Map<string, Record<string, FieldValue>>> {
  const found = new Map<string, Record<string, FieldValue>>();
  for (const label of LOAD_LABELS) {
    const ids = idsByLabel.get(label) ?? [];
    if (ids.length === 0) continue;
    const { records } = await driver.executeQuery(
      `MATCH (n:${label}) WHERE n.id IN $ids RETURN n.id AS id, ${READ_BACK[label]} AS fields`,
      { ids },
      { database, routing: 'READ' },
    );
    for (const record of records) found.set(String(record.get('id')), record.get('fields') as Record<string, FieldValue>);
  }
  return found;
}

/** Removes every node whose id starts with its label's prefix, with its relationships; returns how many. */
export async function removeByPrefix(driver: Driver, database: string, prefixes: Readonly<Record<LoadLabel, string>>): Promise<number> {
  let removed = 0;
  for (const label of LOAD_LABELS) {
    const { records } = await driver.executeQuery(
      `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix WITH n, n.id AS id DETACH DELETE n RETURN count(id) AS removed`,
      { prefix: prefixes[label] },
      { database },
    );
    removed += Number(records[0]?.get('removed') ?? 0);
  }
  return removed;
}

/** How many nodes have ids with these prefixes. */
export async function countByPrefix(driver: Driver, database: string, prefixes: Readonly<Record<LoadLabel, string>>): Promise<number> {
  let total = 0;
  for (const label of LOAD_LABELS) {
    const { records } = await driver.executeQuery(
      `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix RETURN count(n) AS count`,
      { prefix: prefixes[label] },
      { database, routing: 'READ' },
    );
    total += Number(records[0]?.get('count') ?? 0);
  }
  return total;
}

/**
 * The updatedAt of real vendors the load links its systems to: linking stamps it, so the CLI puts
 * back what was there, and the graph is as before the run.
 */
export async function readVendorStamps(
  driver: Driver,
  database: string,
  ids: readonly string[],
): Promise<{ id: string; updatedAt: unknown }[]> {
  const { records } = await driver.executeQuery(
    'MATCH (v:Vendor) WHERE v.id IN $ids RETURN v.id AS id, v.updatedAt AS updatedAt',
    { ids },
    { database, routing: 'READ' },
  );
  return records.map((record) => ({ id: String(record.get('id')), updatedAt: record.get('updatedAt') as unknown }));
}

export async function restoreVendorStamps(
  driver: Driver,
  database: string,
  stamps: readonly { id: string; updatedAt: unknown }[],
): Promise<void> {
  await driver.executeQuery(
    'UNWIND $stamps AS stamp MATCH (v:Vendor {id: stamp.id}) SET v.updatedAt = stamp.updatedAt',
    { stamps },
    { database },
  );
}
