// Export and import through the module functions against the test Neo4j: importing an export into
// the same graph changes nothing, and an organisation deleted after the export comes back identical
// (labels, typed properties, relationships with their properties).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { exportGraph, serialiseExport } from '../../server/tools/backup/export.js';
import { EXPORTED_RELATIONSHIPS, type ExportFile } from '../../server/tools/backup/format.js';
import { importGraph } from '../../server/tools/backup/import.js';
import { toNumber } from '../../server/src/db/values.js';
import { graphFingerprint, testConnection, testDriver } from '../support/neo4j.js';
import { MARKED, MARKED_NODES, createMarkedOrganisation, deleteMarked, markedSnapshot, newMarker } from './organisation.js';

const database = () => testConnection().database;
const marker = newMarker();
let driver: Driver;
let fingerprintLoaded: string;

/** The export as a file would hold it: serialised and parsed back. */
async function exportAsFile(): Promise<ExportFile> {
  const { file } = await exportGraph(driver, { database: database() });
  return JSON.parse(serialiseExport(file)) as ExportFile;
}

async function count(query: string, parameters: Record<string, unknown> = {}): Promise<number> {
  const { records } = await driver.executeQuery(query, parameters, { database: database() });
  return toNumber(records[0]!.get(0));
}

beforeAll(async () => {
  driver = testDriver();
  fingerprintLoaded = await graphFingerprint(driver);
  await createMarkedOrganisation(driver, marker);
});

afterAll(async () => {
  try {
    await deleteMarked(driver, marker);
    expect(await graphFingerprint(driver)).toBe(fingerprintLoaded);
  } finally {
    await driver.close();
  }
});

describe('graph export and import', () => {
  it('exports every organisation node and link, typed, and no reference data', async () => {
    const file = await exportAsFile();
    expect(file).toMatchObject({ format: 'crosswalk-export', version: 2 });
    for (const label of ['AISystem', 'Model', 'Vendor', 'Owner', 'Control', 'Evidence', 'AuditEvent']) {
      const inGraph = await count(`MATCH (n:${label}) RETURN count(n)`);
      expect(file.nodes.filter((node) => node.label === label)).toHaveLength(inGraph);
      if (inGraph > 0) expect(file.counts.nodes[label]).toBe(inGraph);
    }
    expect(file.nodes.some((node) => /^(eu-ai-act|iso42001)/.test(node.id) || node.id.startsWith('obligation:'))).toBe(false);
    const types = [...new Set(EXPORTED_RELATIONSHIPS.map((kind) => kind.type))];
    const inGraph = await count(
      `MATCH (a)-[r]->(b) WHERE type(r) IN $types AND (a:AISystem OR a:Model OR a:Vendor OR a:Owner OR a:Control OR a:Evidence) RETURN count(r)`,
      { types },
    );
    expect(file.relationships).toHaveLength(inGraph);

    const person = file.nodes.find((node) => node.id === `owner:${marker}-ana`);
    expect(person).toEqual({
      label: 'Owner',
      id: `owner:${marker}-ana`,
      extraLabels: ['Person'],
      properties: {
        kind: 'PERSON',
        name: `Ana ${marker}`,
        email: 'ana@example.com',
        createdAt: { $datetime: '2026-03-04T05:06:07.123456789Z' },
        updatedAt: { $datetime: '2026-03-05T00:00:00+02:00' },
      },
    });
    const system = file.nodes.find((node) => node.id === `system:${marker}-scoring`);
    expect(system?.properties.placedOnMarket).toEqual({ $date: '2025-11-30' });
    const audit = file.nodes.find((node) => node.id === `audit:${marker}-1`);
    expect(audit?.properties).toMatchObject({ attempt: 3, score: { $float: 0.25 }, counts: [1, 2, 3], days: [{ $date: '2026-01-01' }] });
    const satisfies = file.relationships.filter((r) => r.from === `control:${marker}-01` && r.type === 'SATISFIES');
    expect(satisfies.map((r) => r.properties.strength).sort((a, b) => Number(a) - Number(b))).toEqual([7, 10]);
  });

  it('imports an export into the same graph without changing anything', async () => {
    const before = await graphFingerprint(driver);
    const file = await exportAsFile();
    const report = await importGraph(driver, file, { database: database() });
    expect(report).toMatchObject({ checked: false, nodes: file.nodes.length, relationships: file.relationships.length, created: 0 });
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('brings back a deleted organisation identical, and a second export equals the first', async () => {
    const before = await graphFingerprint(driver);
    const snapshot = await markedSnapshot(driver, marker);
    const file = await exportAsFile();

    await deleteMarked(driver, marker);
    expect(await count(`MATCH (n) WHERE ${MARKED} RETURN count(n)`, { marker })).toBe(0);
    expect(await graphFingerprint(driver)).not.toBe(before);

    const progress: number[] = [];
    let total = 0;
    const report = await importGraph(driver, file, {
      database: database(),
      batchSize: 7,
      progress: { start: (all) => (total = all), batch: (written) => progress.push(written) },
    });
    expect(report.created).toBe(MARKED_NODES);
    expect(total).toBe(file.nodes.length + file.relationships.length);
    expect(progress.reduce((sum, written) => sum + written, 0)).toBe(total);
    expect(progress.length).toBe(report.batches);

    expect(await markedSnapshot(driver, marker)).toBe(snapshot);
    expect(await graphFingerprint(driver)).toBe(before);
    // A second export equals the first, plus the import's own audit event naming what it wrote.
    const again = await exportAsFile();
    const importEvents = again.nodes.filter((node) => node.label === 'AuditEvent' && node.properties.operation === 'graph:import');
    const newEvents = importEvents.filter(
      (event) =>
        !file.nodes.some((node) => node.id === event.id) &&
        (event.properties.nodeIds as string[]).length === file.nodes.filter((node) => node.label !== 'AuditEvent').length,
    );
    expect(newEvents.length).toBeGreaterThanOrEqual(1);
    expect(newEvents[0]!.properties.actor).toMatch(/^pnpm graph:import \(.+\)$/);
    expect([...(newEvents[0]!.properties.nodeIds as string[])].sort()).toEqual(
      file.nodes
        .filter((node) => node.label !== 'AuditEvent')
        .map((node) => node.id)
        .sort(),
    );
    // Other test files write (and so audit) concurrently: events that were not in the first export are left out.
    const inFile = new Set(file.nodes.map((node) => node.id));
    const withoutNew = {
      ...again,
      exportedAt: file.exportedAt,
      nodes: again.nodes.filter((node) => node.label !== 'AuditEvent' || inFile.has(node.id)),
    };
    const { counts: _againCounts, ...againRest } = withoutNew;
    const { counts: _fileCounts, ...fileRest } = file;
    expect(againRest).toEqual(fileRest);
  });

  it('never rewrites an audit event the graph has: the trail only grows', async () => {
    const file = await exportAsFile();
    const event = file.nodes.find((node) => node.label === 'AuditEvent')!;
    expect(event).toBeDefined();
    const [stored] = (
      await driver.executeQuery('MATCH (e:AuditEvent {id: $id}) RETURN properties(e) AS p', { id: event.id }, { database: database() })
    ).records;
    const forged = structuredClone(file);
    forged.nodes.find((node) => node.id === event.id)!.properties.actor = 'someone else';
    await importGraph(driver, forged, { database: database() });
    const [after] = (
      await driver.executeQuery('MATCH (e:AuditEvent {id: $id}) RETURN properties(e) AS p', { id: event.id }, { database: database() })
    ).records;
    expect(after!.get('p')).toEqual(stored!.get('p'));
  });

  it('carries the record of an amendment in force, typed, and brings it back', async () => {
    const id = 'amendment:digital-omnibus-ai';
    const [existing] = (
      await driver.executeQuery('MATCH (a:Amendment {id: $id}) RETURN count(a) AS count', { id }, { database: database() })
    ).records;
    // The record is global (it moves every answer's dates): only when no other test has left one.
    expect(toNumber(existing!.get('count'))).toBe(0);
    try {
      await driver.executeQuery(
        `CREATE (:Amendment {id: $id, inForce: true, inForceSince: date('2026-08-01'), officialJournal: 'OJ L, 2026/1234, 20.7.2026',
                             recordedBy: 'backup test', recordedAt: datetime('2026-07-21T09:00:00Z')})`,
        { id },
        { database: database() },
      );
      const file = await exportAsFile();
      expect(file.nodes.find((node) => node.label === 'Amendment')).toEqual({
        label: 'Amendment',
        id,
        properties: {
          inForce: true,
          inForceSince: { $date: '2026-08-01' },
          officialJournal: 'OJ L, 2026/1234, 20.7.2026',
          recordedBy: 'backup test',
          recordedAt: { $datetime: '2026-07-21T09:00:00Z' },
        },
      });
      expect(file.counts.nodes.Amendment).toBe(1);
      await driver.executeQuery('MATCH (a:Amendment {id: $id}) DELETE a', { id }, { database: database() });
      await importGraph(driver, file, { database: database() });
      const [back] = (
        await driver.executeQuery(
          'MATCH (a:Amendment {id: $id}) RETURN a.inForceSince AS since, a.recordedAt AS at',
          { id },
          { database: database() },
        )
      ).records;
      expect(String(back!.get('since'))).toBe('2026-08-01');
      expect(String(back!.get('at'))).toBe('2026-07-21T09:00:00Z');
      // Only amendments Crosswalk knows.
      const unknown = structuredClone(file);
      unknown.nodes.find((node) => node.label === 'Amendment')!.id = 'amendment:something-else';
      await expect(importGraph(driver, unknown, { database: database(), check: true })).rejects.toThrow(/not an amendment Crosswalk knows/);
    } finally {
      await driver.executeQuery('MATCH (a:Amendment {id: $id}) DELETE a', { id }, { database: database() });
    }
  });

  it('moves an owner between Person and Team with its kind', async () => {
    const file = await exportAsFile();
    const before = await markedSnapshot(driver, marker);
    const team = structuredClone(file);
    const ana = team.nodes.find((node) => node.id === `owner:${marker}-ana`)!;
    ana.properties.kind = 'TEAM';
    ana.extraLabels = ['Team'];
    await importGraph(driver, team, { database: database() });
    const { records } = await driver.executeQuery(
      'MATCH (n:Owner {id: $id}) RETURN labels(n) AS labels',
      { id: ana.id },
      { database: database() },
    );
    expect([...(records[0]!.get('labels') as string[])].sort()).toEqual(['Owner', 'Team']);
    await importGraph(driver, file, { database: database() });
    expect(await markedSnapshot(driver, marker)).toBe(before);
  });
});
