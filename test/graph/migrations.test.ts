import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { paths } from '../../server/src/config.js';
import { NODE_LABELS } from '../../server/src/graph/model.js';
import { migrate } from '../../server/src/graph/migrations.js';
import { upgradePublicAuthority } from '../../server/tools/backup/upgrade.js';
import { testConnection, testDriver } from '../support/neo4j.js';

let driver: Driver;
const database = () => testConnection().database;

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

async function schema() {
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type',
    {},
    { database: database() },
  );
  const indexes = await driver.executeQuery(
    'SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties',
    {},
    { database: database() },
  );
  return {
    constraints: constraints.records.map((r) => r.toObject()),
    indexes: indexes.records.map((r) => r.toObject()),
  };
}

describe('migrations', () => {
  it('are all recorded in the graph, in file order', async () => {
    const files = (await readdir(paths.migrations)).filter((file) => file.endsWith('.cypher')).sort();
    const result = await driver.executeQuery('MATCH (m:Migration) RETURN m.id AS id ORDER BY id', {}, { database: database() });
    expect(result.records.map((r) => r.get('id'))).toEqual(files.map((file) => file.replace('.cypher', '')));
  });

  it('put a uniqueness constraint on the id of every label and an online full-text index', async () => {
    const { constraints, indexes } = await schema();
    for (const label of [...NODE_LABELS, 'Migration', 'DataLoad']) {
      expect(
        constraints.some(
          (c) => c.type === 'UNIQUENESS' && (c.labelsOrTypes as string[])[0] === label && (c.properties as string[])[0] === 'id',
        ),
        label,
      ).toBe(true);
    }
    const fulltext = indexes.find((index) => index.name === 'crosswalk_search');
    expect(fulltext?.type).toBe('FULLTEXT');
    expect(fulltext?.state).toBe('ONLINE');
    expect(fulltext?.properties).toEqual(expect.arrayContaining(['ref', 'title', 'name', 'summary']));
  });

  it('are idempotent: a second run applies nothing and changes no schema', async () => {
    const before = await schema();
    const reports = await migrate(driver, paths.migrations, { database: database() });
    expect(reports.every((report) => report.status === 'already applied')).toBe(true);
    expect(await schema()).toEqual(before);
  });

  it('refuse a migration edited after it was applied', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-migrations-'));
    await cp(paths.migrations, dir, { recursive: true });
    await writeFile(path.join(dir, '0002-lookup-indexes.cypher'), 'CREATE INDEX sneaky IF NOT EXISTS FOR (n:Vendor) ON (n.name);\n');
    await expect(migrate(driver, dir, { database: database() })).rejects.toThrow(/0002-lookup-indexes was changed after it was applied/);
    const { indexes } = await schema();
    expect(indexes.some((index) => index.name === 'sneaky')).toBe(false);
  });

  it('enforce unique ids', async () => {
    await expect(
      driver.executeQuery(
        "CREATE (:Vendor {id: 'vendor:' + 'duplicate-check'}), (:Vendor {id: 'vendor:duplicate-check'})",
        {},
        { database: database() },
      ),
    ).rejects.toThrow(/already exists/);
  });
});

describe('0007-public-status-facts', () => {
  const MIGRATION = '0007-public-status-facts';
  const prefix = `system:migration-0007-${process.pid}`;

  /**
   * Every node and relationship, properties as text, in a stable order; the migration records left out.
   * `upgradeSystems`: each AI system's properties as upgradePublicAuthority (the import of version-1
   * export files) turns them, which is what the migration must do to the graph.
   */
  async function everything(options: { upgradeSystems?: boolean } = {}) {
    const nodes = await driver.executeQuery(
      'MATCH (n) WHERE NOT n:Migration RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS properties ORDER BY key',
      {},
      { database: database() },
    );
    const relationships = await driver.executeQuery(
      'MATCH (a)-[r]->(b) RETURN elementId(r) AS key, type(r) AS type, properties(r) AS properties ORDER BY key',
      {},
      { database: database() },
    );
    const text = (properties: Record<string, unknown>) =>
      Object.fromEntries(
        Object.keys(properties)
          .sort()
          .map((name) => [name, Array.isArray(properties[name]) ? properties[name] : String(properties[name])]),
      );
    return {
      nodes: nodes.records.map((r) => {
        const labels = [...(r.get('labels') as string[])].sort();
        const properties = r.get('properties') as Record<string, unknown>;
        const upgrade = options.upgradeSystems === true && labels.includes('AISystem');
        return { key: r.get('key') as string, labels, properties: text(upgrade ? upgradePublicAuthority(properties) : properties) };
      }),
      relationships: relationships.records.map((r) => ({
        key: r.get('key') as string,
        type: r.get('type') as string,
        properties: text(r.get('properties')),
      })),
    };
  }

  it('turns publicAuthority true into the three facts, drops it elsewhere, and changes nothing else', async () => {
    // AI systems as a graph written before issue 10 holds them: publicAuthority true, false or absent, no new facts.
    await driver.executeQuery(
      `CREATE (:AISystem {id: $prefix + '-public', name: 'Benefits triage', roles: ['DEPLOYER'], riskClass: 'HIGH_RISK',
                          lifecycleStage: 'DEPLOYED', annexIIIArea: 'ESSENTIAL_SERVICES', publicAuthority: true, placedOnMarket: date('2024-05-01')})
       CREATE (:AISystem {id: $prefix + '-private', name: 'Credit scoring', roles: ['PROVIDER'], riskClass: 'HIGH_RISK',
                          lifecycleStage: 'DEPLOYED', publicAuthority: false})
       CREATE (:AISystem {id: $prefix + '-unset', name: 'Spam filter', roles: ['DEPLOYER'], riskClass: 'MINIMAL', lifecycleStage: 'DESIGN'})`,
      { prefix },
      { database: database() },
    );
    const [record] = (
      await driver.executeQuery(
        'MATCH (m:Migration {id: $id}) RETURN m.appliedAt AS appliedAt',
        { id: MIGRATION },
        { database: database() },
      )
    ).records;
    const appliedAt = record!.get('appliedAt') as unknown;
    try {
      // Every AI system as the import of version-1 files turns it; everything else as it was.
      const expected = await everything({ upgradeSystems: true });
      // The graph as it was before the migration: 0007 not yet recorded, so migrate() applies it (and only it).
      await driver.executeQuery('MATCH (m:Migration {id: $id}) DELETE m', { id: MIGRATION }, { database: database() });
      const reports = await migrate(driver, paths.migrations, { database: database() });
      expect(reports.filter((report) => report.status === 'applied').map((report) => report.id)).toEqual([MIGRATION]);
      const after = await everything();
      expect(after).toEqual(expected);
      const systems = Object.fromEntries(
        after.nodes.filter((node) => String(node.properties.id).startsWith(prefix)).map((node) => [node.properties.id, node.properties]),
      );
      expect(systems[`${prefix}-public`]).toEqual({
        id: `${prefix}-public`,
        name: 'Benefits triage',
        roles: ['DEPLOYER'],
        riskClass: 'HIGH_RISK',
        lifecycleStage: 'DEPLOYED',
        annexIIIArea: 'ESSENTIAL_SERVICES',
        placedOnMarket: '2024-05-01',
        deployerIsPublicAuthority: 'true',
        deployerIsPublicServiceBody: 'true',
        intendedForPublicAuthorities: 'true',
      });
      expect(systems[`${prefix}-private`]).toEqual({
        id: `${prefix}-private`,
        name: 'Credit scoring',
        roles: ['PROVIDER'],
        riskClass: 'HIGH_RISK',
        lifecycleStage: 'DEPLOYED',
      });
      expect(systems[`${prefix}-unset`]).toEqual({
        id: `${prefix}-unset`,
        name: 'Spam filter',
        roles: ['DEPLOYER'],
        riskClass: 'MINIMAL',
        lifecycleStage: 'DESIGN',
      });
      const left = await driver.executeQuery(
        'MATCH (n:AISystem) WHERE n.publicAuthority IS NOT NULL RETURN count(n) AS count',
        {},
        { database: database() },
      );
      expect(Number(left.records[0]!.get('count'))).toBe(0);
    } finally {
      // The record as global setup wrote it, so the other migration tests see the graph they expect.
      await driver.executeQuery(
        'MATCH (m:Migration {id: $id}) SET m.appliedAt = $appliedAt',
        { id: MIGRATION, appliedAt },
        { database: database() },
      );
      await driver.executeQuery('MATCH (n:AISystem) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix }, { database: database() });
    }
  });
});
