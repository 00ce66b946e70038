import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { paths } from '../../server/src/config.js';
import { DataFileError, readDataFiles } from '../../server/src/graph/data-files.js';
import { loadData } from '../../server/src/graph/load.js';
import { graphFingerprint, testConnection, testDriver } from '../support/neo4j.js';

let driver: Driver;
const database = () => testConnection().database;
const loadedOn = () => new Date(`${inject('loadedOn')}T12:00:00Z`);

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

async function count(query: string): Promise<number> {
  const result = await driver.executeQuery(query, {}, { database: database() });
  return (result.records[0]!.get(0) as { toNumber(): number }).toNumber();
}

/** Values as Neo4j returns them, in the same string form for both sides of a comparison. */
function normalise(properties: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([key]) => key !== 'loadedFrom')
      .map(([key, value]): [string, string] => [key, Array.isArray(value) ? JSON.stringify(value) : String(value)])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

describe('the loaded graph', () => {
  it('holds exactly the nodes and relationships of graph/data, with their properties', async () => {
    const files = await readDataFiles(paths.data, loadedOn());
    const expectedNodes = files.flatMap((file) => file.nodes.map((node) => ({ ...node, file: file.name })));
    const expectedRelationships = files.flatMap((file) => file.relationships.map((r) => ({ ...r, file: file.name })));

    const nodes = await driver.executeQuery(
      'MATCH (n) WHERE n.loadedFrom IS NOT NULL RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties',
      {},
      { database: database() },
    );
    const actualNodes = new Map(nodes.records.map((record) => [record.get('id') as string, record]));
    expect(actualNodes.size).toBe(expectedNodes.length);
    for (const node of expectedNodes) {
      const actual = actualNodes.get(node.id);
      expect(actual, node.id).toBeDefined();
      expect((actual!.get('labels') as string[]).sort()).toEqual([node.label, ...(node.extraLabel ? [node.extraLabel] : [])].sort());
      const properties = actual!.get('properties') as Record<string, unknown>;
      expect(properties.loadedFrom).toBe(node.file);
      expect(normalise(properties), node.id).toEqual(normalise(node.properties));
    }

    const relationships = await driver.executeQuery(
      `MATCH (a)-[r]->(b) WHERE r.loadedFrom IS NOT NULL
       RETURN a.id + '|' + type(r) + '|' + b.id AS key, properties(r) AS properties`,
      {},
      { database: database() },
    );
    const actualRelationships = new Map(relationships.records.map((record) => [record.get('key') as string, record]));
    expect(actualRelationships.size).toBe(expectedRelationships.length);
    for (const r of expectedRelationships) {
      const key = `${r.from}|${r.type}|${r.to}`;
      const actual = actualRelationships.get(key);
      expect(actual, key).toBeDefined();
      expect(normalise(actual!.get('properties') as Record<string, unknown>), key).toEqual(normalise(r.properties));
    }
  });

  it('records every loaded file with its checksum and counts', async () => {
    const files = await readDataFiles(paths.data, loadedOn());
    const result = await driver.executeQuery(
      'MATCH (l:DataLoad) RETURN l.id AS id, l.checksum AS checksum, l.nodes AS nodes, l.relationships AS relationships ORDER BY id',
      {},
      { database: database() },
    );
    const recorded = Object.fromEntries(
      result.records.map((record) => [
        record.get('id'),
        { checksum: record.get('checksum'), nodes: Number(record.get('nodes')), relationships: Number(record.get('relationships')) },
      ]),
    );
    expect(recorded).toEqual(
      Object.fromEntries(
        files.map((file) => [file.name, { checksum: file.checksum, nodes: file.nodes.length, relationships: file.relationships.length }]),
      ),
    );
  });

  it('stores dates as Neo4j dates and integers as integers', async () => {
    const result = await driver.executeQuery(
      `MATCH (o:Obligation {id: 'obligation:OBL-PROV-HR-RMS'})
       MATCH (:Provision {id: 'iso42001:6.1.2'})-[m:MAPS_TO]->(:Provision {id: 'eu-ai-act:art-9'})
       RETURN valueType(o.appliesFrom) AS dateType, valueType(m.strength) AS strengthType,
              o.appliesFrom < date('2026-08-03') AS comparable`,
      {},
      { database: database() },
    );
    const record = result.records[0]!;
    expect(record.get('dateType')).toBe('DATE NOT NULL');
    expect(record.get('strengthType')).toBe('INTEGER NOT NULL');
    expect(record.get('comparable')).toBe(true);
  });
});

describe('loading is idempotent', () => {
  it('adds nothing on a second load, and a forced re-write changes nothing', async () => {
    const before = await graphFingerprint(driver);
    const again = await loadData(driver, { dataDir: paths.data, database: database(), today: loadedOn() });
    expect(again.every((report) => report.status === 'unchanged')).toBe(true);
    expect(await graphFingerprint(driver)).toBe(before);

    const forced = await loadData(driver, { dataDir: paths.data, database: database(), today: loadedOn(), force: true });
    expect(forced.every((report) => report.status === 'loaded')).toBe(true);
    const after = await graphFingerprint(driver);
    // Only the DataLoad timestamps move; every domain node and relationship is as it was.
    const withoutLoadTimes = (fingerprint: string) => fingerprint.replace(/\["loadedAt","[^"]+"\]/g, '');
    expect(withoutLoadTimes(after)).toBe(withoutLoadTimes(before));
  });
});

describe('a malformed data file', () => {
  const cases: [string, (data: { nodes: Record<string, unknown>[]; relationships: Record<string, unknown>[] }) => void, RegExp][] = [
    ['a node without an id', (data) => delete data.nodes[1]!.id, /demo\/vendors\.json: nodes\[1\]: missing id/],
    [
      'an unknown relationship type',
      (data) => {
        data.relationships.push({ type: 'RESELLS', from: 'vendor:a', to: 'vendor:b' });
      },
      /demo\/vendors\.json: relationships\[\d+\] \(vendor:a -RESELLS-> vendor:b\): unknown relationship type "RESELLS"/,
    ],
    [
      'a dangling reference',
      (data) => {
        data.relationships.push({ type: 'SUPPLIED_BY', from: 'model:ghost', to: 'vendor:a' });
      },
      /demo\/vendors\.json: relationships\[\d+\] \(model:ghost -SUPPLIED_BY-> vendor:a\): dangling reference/,
    ],
  ];

  it.each(cases)('with %s is rejected, naming file and record, and the graph is unchanged', async (_name, corrupt, message) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-data-'));
    const manifest = JSON.parse(await readFile(path.join(paths.data, 'manifest.json'), 'utf8')) as { files: string[] };
    await copyFile(path.join(paths.data, 'manifest.json'), path.join(dir, 'manifest.json'));
    for (const file of manifest.files) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await copyFile(path.join(paths.data, file), path.join(dir, file));
    }
    // A vendors file with two clean vendors and one corruption, loaded after the good files before it.
    const data = {
      nodes: [
        { label: 'Vendor', id: 'vendor:a', name: 'Vendor A' },
        { label: 'Vendor', id: 'vendor:b', name: 'Vendor B' },
      ] as Record<string, unknown>[],
      relationships: [] as Record<string, unknown>[],
    };
    corrupt(data);
    await writeFile(path.join(dir, 'demo', 'vendors.json'), JSON.stringify(data));

    const before = await graphFingerprint(driver);
    const load = loadData(driver, { dataDir: dir, database: database(), today: loadedOn(), force: true });
    await expect(load).rejects.toBeInstanceOf(DataFileError);
    await expect(load).rejects.toThrow(message);
    expect(await graphFingerprint(driver)).toBe(before);
  });
});

describe('counts', () => {
  it('match the reference and the demo organisation', async () => {
    expect(await count("MATCH (p:Provision {framework: 'eu-ai-act', kind: 'ARTICLE'}) RETURN count(p)")).toBe(113);
    expect(await count("MATCH (p:Provision {framework: 'iso42001', kind: 'ANNEX_A_CONTROL'}) RETURN count(p)")).toBe(38);
    expect(await count('MATCH (o:Obligation) RETURN count(o)')).toBe(60);
    expect(await count('MATCH ()-[m:MAPS_TO]->() RETURN count(m)')).toBe(80);
    expect(await count('MATCH (s:AISystem) RETURN count(s)')).toBeGreaterThanOrEqual(12);
    expect(await count('MATCH (e:Evidence) RETURN count(e)')).toBeGreaterThanOrEqual(60);
  });
});
