// A real version-1 export (fixtures/README.md: main at ce61307, demo organisation, publicAuthority
// true on one system, false on the others) imported with today's code into the test Neo4j:
// publicAuthority becomes the three public-status facts as migration 0007 turns it
// (server/tools/backup/upgrade.ts), and the imported systems answer applicableObligations.
//
// The test graph already holds the demo organisation under the same ids, which other test files
// read: the file's organisation ids (and control codes, which are unique too) get a marker first,
// so the import lands beside the demo organisation and is removed afterwards. Nothing else in the
// file is touched.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { EXPORT_LABELS, EXPORT_VERSION, type ExportFile } from '../../server/tools/backup/format.js';
import { ImportValidationError, importGraph } from '../../server/tools/backup/import.js';
import { PUBLIC_STATUS_FACTS } from '../../server/tools/backup/upgrade.js';
import { toNumber } from '../../server/src/db/values.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint, testConnection } from '../support/neo4j.js';
import { MARKED, deleteMarked, newMarker } from './organisation.js';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'export-v1-main-ce61307.json');
const database = () => testConnection().database;
const marker = newMarker();
let api: TestApi;
let driver: Driver;
let fixture: ExportFile;
let fingerprintLoaded: string;

const ORGANISATION_PREFIX = /^(owner|vendor|model|system|control|evidence|audit):(.+)$/;

/** The fixture with every organisation id, and every control code, carrying the marker. */
function marked(file: ExportFile): ExportFile {
  const mark = (id: string) => id.replace(ORGANISATION_PREFIX, (_all, prefix: string, rest: string) => `${prefix}:${marker}-${rest}`);
  return {
    ...file,
    nodes: file.nodes.map((node) => ({
      ...node,
      id: mark(node.id),
      properties: node.label === 'Control' ? { ...node.properties, code: `${marker}-${String(node.properties.code)}` } : node.properties,
    })),
    relationships: file.relationships.map((relationship) => ({
      ...relationship,
      from: mark(relationship.from),
      to: mark(relationship.to),
    })),
  };
}

async function markedSystems(): Promise<Map<string, Record<string, unknown>>> {
  const { records } = await driver.executeQuery(
    `MATCH (n:AISystem) WHERE ${MARKED} RETURN n.id AS id, properties(n) AS properties`,
    { marker },
    { database: database() },
  );
  return new Map(records.map((record) => [record.get('id') as string, record.get('properties') as Record<string, unknown>]));
}

beforeAll(async () => {
  fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as ExportFile;
  api = await startTestApi();
  driver = api.driver;
  fingerprintLoaded = await graphFingerprint(driver);
});

afterAll(async () => {
  try {
    await deleteMarked(driver, marker);
    expect(await graphFingerprint(driver)).toBe(fingerprintLoaded);
  } finally {
    await api.close();
  }
});

describe('importing a version-1 export of main before issue 10', () => {
  it('is a version-1 file with publicAuthority true on one system and false on the others', () => {
    expect(fixture).toMatchObject({ format: 'crosswalk-export', version: 1 });
    expect(EXPORT_VERSION).toBe(2);
    const systems = fixture.nodes.filter((node) => node.label === 'AISystem');
    expect(systems.filter((node) => node.properties.publicAuthority === true).map((node) => node.id)).toEqual(['system:credit-scoring']);
    // That version's loader wrote false where the demo data left it out.
    expect(systems.filter((node) => node.properties.publicAuthority === false)).toHaveLength(systems.length - 1);
    expect(systems.some((node) => PUBLIC_STATUS_FACTS.some((fact) => fact in node.properties))).toBe(false);
  });

  it('imports: publicAuthority gone, the three facts true where it was true and missing elsewhere, counts as in the file', async () => {
    const file = marked(fixture);
    const report = await importGraph(driver, file, { database: database() });
    expect(report).toMatchObject({
      checked: false,
      nodes: file.nodes.length,
      relationships: file.relationships.length,
      created: file.nodes.length,
    });

    const systems = await markedSystems();
    expect(systems.size).toBe(fixture.counts.nodes.AISystem);
    for (const node of fixture.nodes.filter((node) => node.label === 'AISystem')) {
      const stored = systems.get(`system:${marker}-${node.id.slice('system:'.length)}`)!;
      expect(stored, node.id).toBeDefined();
      expect(stored, node.id).not.toHaveProperty('publicAuthority');
      for (const fact of PUBLIC_STATUS_FACTS) {
        if (node.properties.publicAuthority === true) expect(stored[fact], `${node.id} ${fact}`).toBe(true);
        else expect(stored, `${node.id} ${fact}`).not.toHaveProperty(fact);
      }
      // Every other property came across as it was.
      const { publicAuthority: _publicAuthority, ...rest } = node.properties;
      expect(
        Object.keys(stored)
          .filter((name) => name !== 'id' && !(PUBLIC_STATUS_FACTS as readonly string[]).includes(name))
          .sort(),
      ).toEqual(Object.keys(rest).sort());
    }

    for (const label of EXPORT_LABELS) {
      const { records } = await driver.executeQuery(
        `MATCH (n:${label}) WHERE ${MARKED} RETURN count(n) AS count`,
        { marker },
        { database: database() },
      );
      expect(toNumber(records[0]!.get('count')), label).toBe(fixture.counts.nodes[label] ?? 0);
    }
    const { records } = await driver.executeQuery(
      `MATCH (a)-[r]->(b) WHERE a.id CONTAINS $marker OR b.id CONTAINS $marker RETURN type(r) AS type, count(r) AS count`,
      { marker },
      { database: database() },
    );
    expect(Object.fromEntries(records.map((record) => [record.get('type') as string, toNumber(record.get('count'))]))).toEqual(
      fixture.counts.relationships,
    );
  });

  it('answers applicableObligations for every imported system', async () => {
    const ids = [...(await markedSystems()).keys()].sort();
    expect(ids).toHaveLength(fixture.counts.nodes.AISystem!);
    const response = await api.gql<{
      nodes: { id: string; applicableObligations: { obligation: { id: string }; missingFacts: string[] }[] }[];
    }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on AISystem { applicableObligations(asOf: "2027-01-01") { obligation { id } missingFacts } } } }`,
      { ids },
    );
    expect(response.body.errors).toBeUndefined();
    const scoring = response.body.data!.nodes.find((node) => node.id === `system:${marker}-credit-scoring`)!;
    expect(scoring.applicableObligations.length).toBeGreaterThan(0);
    // The facts the upgrade set are known: none of them is reported missing for the public-authority system.
    for (const row of scoring.applicableObligations) {
      for (const fact of PUBLIC_STATUS_FACTS) expect(row.missingFacts, row.obligation.id).not.toContain(fact);
    }
  });

  it('refuses a file of a version this Crosswalk does not read, saying which it reads', async () => {
    for (const version of [0, 3, '1']) {
      const error = await importGraph(driver, { ...marked(fixture), version }, { database: database(), check: true }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ImportValidationError);
      expect((error as ImportValidationError).problems).toEqual([
        { path: 'version', message: expect.stringMatching(/this Crosswalk reads versions 1 and 2/) as unknown },
      ]);
    }
  });
});
