import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { paths } from '../../server/src/config.js';
import { NODE_LABELS } from '../../server/src/graph/model.js';
import { migrate } from '../../server/src/graph/migrations.js';
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
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type', {}, { database: database() });
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties', {}, { database: database() });
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
        constraints.some((c) => c.type === 'UNIQUENESS' && (c.labelsOrTypes as string[])[0] === label && (c.properties as string[])[0] === 'id'),
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
      driver.executeQuery("CREATE (:Vendor {id: 'vendor:' + 'duplicate-check'}), (:Vendor {id: 'vendor:duplicate-check'})", {}, { database: database() }),
    ).rejects.toThrow(/already exists/);
  });
});
