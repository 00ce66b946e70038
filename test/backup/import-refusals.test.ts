// What pnpm graph:import refuses: a file with problems writes nothing and names every problem with
// its path; a failure while writing (a duplicate control code) rolls back all that was written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { ExportFile } from '../../server/tools/backup/format.js';
import { ImportApplyError, ImportValidationError, importGraph } from '../../server/tools/backup/import.js';
import { toNumber } from '../../server/src/db/values.js';
import { graphFingerprint, testConnection, testDriver } from '../support/neo4j.js';
import { MARKED, deleteMarked, newMarker, referenceTargets } from './organisation.js';

const database = () => testConnection().database;
const marker = newMarker();
let driver: Driver;
let fingerprintLoaded: string;
let provisionId: string;

/** A valid file of a small marked organisation: a vendor, a system, a control satisfying a provision. */
function validFile(controlCode = `${marker}-01`): ExportFile {
  return {
    format: 'crosswalk-export',
    version: 2,
    exportedAt: '2026-11-29T00:00:00.000Z',
    counts: {
      nodes: { Vendor: 1, AISystem: 1, Control: 1, Evidence: 1 },
      relationships: { SUPPLIED_BY: 1, GOVERNS: 1, SATISFIES: 1, SUPPORTS: 1 },
    },
    nodes: [
      { label: 'Vendor', id: `vendor:${marker}-acme`, properties: { name: 'Acme' } },
      {
        label: 'AISystem',
        id: `system:${marker}-chat`,
        properties: { name: 'Chat', roles: ['DEPLOYER'], riskClass: 'TRANSPARENCY', lifecycleStage: 'DEPLOYED' },
      },
      { label: 'Control', id: `control:${marker}-01`, properties: { code: controlCode, name: 'Disclose' } },
      {
        label: 'Evidence',
        id: `evidence:${marker}-notice`,
        properties: { title: 'Notice', kind: 'POLICY', collectedOn: { $date: '2026-01-01' }, validUntil: { $date: '2027-01-01' } },
      },
    ],
    relationships: [
      { type: 'SUPPLIED_BY', from: `system:${marker}-chat`, to: `vendor:${marker}-acme`, properties: {} },
      { type: 'GOVERNS', from: `control:${marker}-01`, to: `system:${marker}-chat`, properties: {} },
      {
        type: 'SATISFIES',
        from: `control:${marker}-01`,
        to: provisionId,
        properties: { relationship: 'INTERSECTS_WITH', strength: 5, rationale: 'r' },
      },
      { type: 'SUPPORTS', from: `evidence:${marker}-notice`, to: `control:${marker}-01`, properties: {} },
    ],
  };
}

async function markedCount(): Promise<number> {
  const { records } = await driver.executeQuery(`MATCH (n) WHERE ${MARKED} RETURN count(n) AS count`, { marker }, { database: database() });
  return toNumber(records[0]!.get('count'));
}

beforeAll(async () => {
  driver = testDriver();
  fingerprintLoaded = await graphFingerprint(driver);
  ({ provisionId } = await referenceTargets(driver));
});

afterAll(async () => {
  try {
    await deleteMarked(driver, marker);
    expect(await graphFingerprint(driver)).toBe(fingerprintLoaded);
  } finally {
    await driver.close();
  }
});

describe('graph import refuses', () => {
  it('a file with several problems: writes nothing and lists each problem with its path', async () => {
    type Loose = { label: string; id: string; properties: Record<string, unknown> };
    const file = validFile() as unknown as {
      nodes: Loose[];
      relationships: { type: string; from: string; to: string; properties: Record<string, unknown> }[];
      counts: { nodes: Record<string, number> };
    };
    file.nodes[1]!.properties.riskClass = 'EXTREME';
    file.nodes[1]!.properties.colour = 'red';
    file.nodes[0]!.id = 'vendor:has space';
    file.nodes[3]!.properties.collectedOn = '2026-01-01';
    file.nodes.push({ label: 'Provision', id: `iso42001:${marker}`, properties: {} });
    file.relationships[2]!.to = `iso42001:${marker}-missing`;
    file.relationships.push({ type: 'LIKES', from: `control:${marker}-01`, to: `system:${marker}-chat`, properties: {} });
    file.relationships.push({ type: 'USES_MODEL', from: `system:${marker}-chat`, to: `model:${marker}-nowhere`, properties: {} });
    file.counts.nodes.Control = 5;

    const before = await graphFingerprint(driver);
    const error = await importGraph(driver, file, { database: database() }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ImportValidationError);
    const problems = (error as ImportValidationError).problems;
    const paths = problems.map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'nodes[0].id',
        'nodes[1].properties.riskClass',
        'nodes[1].properties.colour',
        'nodes[3].properties.collectedOn',
        'nodes[4].label',
        'relationships[2].to',
        'relationships[4].type',
        'relationships[5].to',
        'counts.nodes.Control',
      ]),
    );
    expect(problems.find((problem) => problem.path === 'relationships[5].to')?.message).toMatch(/dangling reference.*Model/);
    expect((error as Error).message).toContain('nodes[1].properties.riskClass');
    expect(await graphFingerprint(driver)).toBe(before);
    expect(await markedCount()).toBe(0);
  });

  it('a file of another format or version, before looking at anything else', async () => {
    for (const [change, path] of [
      [{ format: 'something-else' }, 'format'],
      [{ version: 3 }, 'version'],
    ] as const) {
      const error = await importGraph(driver, { ...validFile(), ...change }, { database: database() }).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(ImportValidationError);
      expect((error as ImportValidationError).problems.map((problem) => problem.path)).toEqual([path]);
    }
    expect(await markedCount()).toBe(0);
  });

  it('--check validates a good file and writes nothing', async () => {
    const before = await graphFingerprint(driver);
    const report = await importGraph(driver, validFile(), { database: database(), check: true });
    expect(report).toMatchObject({ checked: true, nodes: 4, relationships: 4 });
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('a failure while writing (a duplicate control code): everything already written is rolled back', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (c:Control) WHERE NOT c.id CONTAINS $marker RETURN c.code AS code ORDER BY c.id LIMIT 1',
      { marker },
      { database: database() },
    );
    const takenCode = records[0]!.get('code') as string;
    const before = await graphFingerprint(driver);
    // Vendors and systems are written before controls, so the failure comes after real writes.
    const error = await importGraph(driver, validFile(takenCode), { database: database(), batchSize: 1 }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ImportApplyError);
    expect((error as Error).message).toMatch(/rolled back, nothing was written/);
    // Codes are unique case-insensitively: the refusal names the code or its lower-cased key (codeKey),
    // whichever of the two constraints Neo4j checks first.
    expect((error as Error).message.toLowerCase()).toContain(takenCode.toLowerCase());
    expect(await markedCount()).toBe(0);
    expect(await graphFingerprint(driver)).toBe(before);

    // The same file with a free code goes in whole.
    const report = await importGraph(driver, validFile(), { database: database() });
    expect(report).toMatchObject({ nodes: 4, relationships: 4, created: 4 });
    expect(await markedCount()).toBe(4);
  });
});
