// The scale generator at a tiny size against the test Neo4j: counts, determinism, the big vendor's
// share, the graph model, and a clean removal that leaves the shared test graph exactly as loaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { toPlain } from '../../server/src/db/values.js';
import { parseDataFile } from '../../server/src/graph/data-files.js';
import type { NodeLabel } from '../../server/src/graph/model.js';
import { DEFAULT_SCALE, type ScaleOptions } from '../../server/tools/scale/options.js';
import { BIG_VENDOR_ID, BIG_VENDOR_SHARE, GENERATED_ID_PREFIXES, generateOrganisation } from '../../server/tools/scale/organisation.js';
import { clearGenerated, generateScaleGraph, readReferenceTargets } from '../../server/tools/scale/write.js';
import { graphFingerprint, testConnection, testDriver } from '../support/neo4j.js';

const SMALL: ScaleOptions = { systems: 50, models: 20, vendors: 8, controls: 30, owners: 20, evidence: 200, seed: 7 };
const today = () => new Date(`${inject('loadedOn')}T12:00:00Z`);
const database = () => testConnection().database;

let driver: Driver;
let fingerprintBefore: string;

/** Cypher true for a node with a generated id. */
const GENERATED = `any(prefix IN $prefixes WHERE n.id STARTS WITH prefix)`;
const prefixes = GENERATED_ID_PREFIXES.map((entry) => entry.prefix);

async function rows(query: string, parameters: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(query, { prefixes, ...parameters }, { database: database() });
  return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
}

/** Every generated node and every relationship touching one, in a stable order. */
async function generatedFingerprint(): Promise<string> {
  const nodes = await rows(`MATCH (n) WHERE ${GENERATED} RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id`);
  const relationships = await rows(
    `MATCH (n)-[r]-(m) WHERE ${GENERATED}
     WITH DISTINCT r
     RETURN startNode(r).id AS from, type(r) AS type, endNode(r).id AS to, properties(r) AS properties ORDER BY from, type, to`,
  );
  return JSON.stringify({ nodes, relationships });
}

async function generate(options: ScaleOptions, force = false) {
  return generateScaleGraph(driver, database(), { ...options, today: today(), force, batchSize: 128 });
}

beforeAll(async () => {
  driver = testDriver();
  fingerprintBefore = await graphFingerprint(driver);
  await generate(SMALL);
});

afterAll(async () => {
  try {
    await clearGenerated(driver, database(), 100);
    // Everything generated went, and nothing else changed.
    expect(await graphFingerprint(driver)).toBe(fingerprintBefore);
  } finally {
    await driver.close();
  }
});

describe('pnpm graph:generate at a tiny size', () => {
  it('loads the requested number of each kind, with gen- ids', async () => {
    const counts = await rows(
      `MATCH (n) WHERE ${GENERATED}
       RETURN labels(n)[0] AS label, count(*) AS count`,
    );
    const byLabel = Object.fromEntries(counts.map((row) => [row.label, row.count]));
    expect(byLabel).toEqual({
      AISystem: SMALL.systems,
      Model: SMALL.models,
      Vendor: SMALL.vendors,
      Control: SMALL.controls,
      Owner: SMALL.owners,
      Evidence: SMALL.evidence,
    });
    const [marker] = await rows(`MATCH (m:DataLoad {id: 'generated/scale'}) RETURN m.nodes AS nodes, m.seed AS seed`);
    expect(marker).toEqual({ nodes: 328, seed: 7 });
  });

  it('is idempotent and deterministic: the same seed gives the same graph, another seed another', async () => {
    const first = await generatedFingerprint();
    expect((await generate(SMALL)).status).toBe('unchanged');
    expect((await generate(SMALL, true)).status).toBe('generated');
    expect(await generatedFingerprint()).toBe(first);
    await generate({ ...SMALL, seed: 8 });
    expect(await generatedFingerprint()).not.toBe(first);
    await generate(SMALL);
    expect(await generatedFingerprint()).toBe(first);
  });

  it('puts the big vendor behind its share of systems, through its models and fine-tunes of them', async () => {
    const [reach] = await rows(
      `MATCH (v:Vendor {id: $vendor})
       CALL (v) {
         MATCH (s:AISystem)-[:USES_MODEL]->(:Model)-[:FINE_TUNED_FROM*0..3]->(:Model)-[:SUPPLIED_BY]->(v) RETURN s
         UNION
         MATCH (s:AISystem)-[:SUPPLIED_BY]->(v) RETURN s
       }
       RETURN count(DISTINCT s) AS systems`,
      { vendor: BIG_VENDOR_ID },
    );
    expect(reach!.systems).toBe(Math.ceil(SMALL.systems * BIG_VENDOR_SHARE));
  });

  it('at the default size puts the big vendor behind 500+ systems (generator only, no database)', async () => {
    const reference = await readReferenceTargets(driver, database());
    const organisation = generateOrganisation(DEFAULT_SCALE, reference, today());
    const family = new Set(
      organisation.relationships
        .filter((r) => r.type === 'SUPPLIED_BY' && r.to === BIG_VENDOR_ID && r.from.startsWith('model:'))
        .map((r) => r.from),
    );
    const supplied = family.size;
    for (const r of organisation.relationships) if (r.type === 'FINE_TUNED_FROM' && family.has(r.to)) family.add(r.from);
    // In-house fine-tunes of its models carry its reach further (as model:veldmark-docreader does in the demo).
    expect(family.size).toBeGreaterThan(supplied);
    const systems = new Set(
      organisation.relationships
        .filter(
          (r) =>
            (r.type === 'USES_MODEL' && family.has(r.to)) ||
            (r.type === 'SUPPLIED_BY' && r.to === BIG_VENDOR_ID && r.from.startsWith('system:')),
        )
        .map((r) => r.from),
    );
    expect(systems.size).toBeGreaterThanOrEqual(500);
    expect(organisation.nodes).toHaveLength(5000 + 1000 + 300 + 2000 + 800 + 50000);
  });

  it('records the three public-status facts together: true on a few systems, false on some, missing (unknown) on the rest (generator only)', async () => {
    const reference = await readReferenceTargets(driver, database());
    const options = { ...SMALL, systems: 1000 };
    const systems = generateOrganisation(options, reference, today()).nodes.filter((node) => node.label === 'AISystem');
    const FACTS = ['deployerIsPublicAuthority', 'deployerIsPublicServiceBody', 'intendedForPublicAuthorities'] as const;
    const byValue = { true: 0, false: 0, missing: 0 };
    for (const system of systems) {
      const values = new Set(FACTS.map((fact) => (fact in system ? String(system[fact]) : 'missing')));
      expect(values.size, system.id).toBe(1);
      byValue[[...values][0] as keyof typeof byValue] += 1;
      expect(system).not.toHaveProperty('publicAuthority');
    }
    expect(byValue.true).toBeGreaterThan(0);
    expect(byValue.true).toBeLessThan(byValue.false);
    expect(byValue.missing).toBeGreaterThan(0);
    // The same seed, the same facts.
    expect(generateOrganisation(options, reference, today()).nodes.filter((node) => node.label === 'AISystem')).toEqual(systems);
  });

  it('writes only what graph/README.md allows: read back, every node and relationship passes the loader’s validation', async () => {
    const nodes = await rows(`MATCH (n) WHERE ${GENERATED} RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id`);
    const relationships = await rows(
      `MATCH (n)-[r]->(m) WHERE ${GENERATED}
       RETURN n.id AS from, type(r) AS type, m.id AS to, properties(r) AS properties ORDER BY from, type, to`,
    );
    const reference = await readReferenceTargets(driver, database());
    const knownIds = new Map<string, NodeLabel>();
    for (const id of [...reference.isoControls, ...reference.isoClauses]) knownIds.set(id, 'Provision');
    for (const id of reference.obligations) knownIds.set(id, 'Obligation');
    const file = {
      nodes: nodes.map((row) => {
        const labels = row.labels as string[];
        const label = labels.find((name) => !['Person', 'Team'].includes(name))!;
        // codeKey is derived by every write path (the lower-cased code), not a property a file gives.
        const { codeKey, ...properties } = row.properties as Record<string, unknown>;
        if (label === 'Control') expect(codeKey).toBe(String(properties.code).toLowerCase());
        else expect(codeKey).toBeUndefined();
        return { label, ...properties };
      }),
      relationships: relationships.map((row) => ({
        type: row.type,
        from: row.from,
        to: row.to,
        ...(row.properties as Record<string, unknown>),
      })),
    };
    const parsed = parseDataFile('read back', JSON.stringify(file), knownIds, today());
    expect(parsed.nodes).toHaveLength(328);
    // Owners carry their extra label (Person or Team), as the loader gives it.
    for (const row of nodes.filter((n) => (n.labels as string[]).includes('Owner'))) {
      const properties = row.properties as { kind: string };
      expect(row.labels).toContain(properties.kind === 'TEAM' ? 'Team' : 'Person');
    }
    // Dates are Neo4j dates and strengths Neo4j integers, as the model says.
    const [types] = await rows(
      `MATCH (e:Evidence) WHERE e.id STARTS WITH 'evidence:gen-'
       WITH collect(DISTINCT valueType(e.collectedOn)) + collect(DISTINCT valueType(e.validUntil)) AS dates
       MATCH (:Control)-[r:SATISFIES]->() WHERE startNode(r).id STARTS WITH 'control:GEN-'
       RETURN dates, collect(DISTINCT valueType(r.strength)) AS strengths`,
    );
    expect(new Set(types!.dates as string[])).toEqual(new Set(['DATE NOT NULL']));
    expect(types!.strengths).toEqual(['INTEGER NOT NULL']);
  });

  it('has systems of every kind, controls linked to reference data and evidence in every freshness bucket', async () => {
    const [systems] = await rows(
      `MATCH (n:AISystem) WHERE ${GENERATED}
       RETURN collect(DISTINCT n.riskClass) AS riskClasses,
              all(s IN collect(n) WHERE s.riskClass <> 'HIGH_RISK' OR s.highRiskBasis IS NOT NULL) AS highRiskHaveBasis,
              all(s IN collect(n) WHERE coalesce(s.highRiskBasis, '') <> 'ANNEX_III' OR s.annexIIIArea IS NOT NULL) AS annexIIIHaveArea,
              all(s IN collect(n) WHERE s.riskClass <> 'TRANSPARENCY' OR size(s.transparencyTriggers) > 0) AS transparencyHaveTriggers,
              all(s IN collect(n) WHERE s.riskClass <> 'PROHIBITED' OR s.flaggedForReview) AS prohibitedFlagged,
              collect(DISTINCT n.lifecycleStage) AS stages`,
    );
    expect(systems!.riskClasses).toEqual(expect.arrayContaining(['HIGH_RISK', 'TRANSPARENCY', 'MINIMAL']));
    expect(systems).toMatchObject({
      highRiskHaveBasis: true,
      annexIIIHaveArea: true,
      transparencyHaveTriggers: true,
      prohibitedFlagged: true,
    });
    expect((systems!.stages as string[]).length).toBeGreaterThanOrEqual(4);

    const [controls] = await rows(
      `MATCH (n:Control) WHERE ${GENERATED}
       RETURN min(COUNT { (n)-[:SATISFIES]->() }) AS minTargets,
              max(COUNT { (n)-[:GOVERNS]->() }) AS maxGoverned,
              sum(COUNT { (n)-[:SATISFIES]->(:Obligation) }) AS toObligations,
              sum(COUNT { (n)-[:SATISFIES]->(:Provision {kind: 'ANNEX_A_CONTROL'}) }) AS toIsoControls,
              sum(COUNT { (n)-[:SATISFIES]->(:Provision {kind: 'CLAUSE'}) }) AS toClauses,
              min(COUNT { (:Owner)-[:OWNS]->(n) }) AS minOwners`,
    );
    expect(controls!.minTargets).toBeGreaterThanOrEqual(1);
    expect(controls!.maxGoverned).toBeLessThanOrEqual(40);
    expect(controls).toMatchObject({ minOwners: 1 });
    for (const key of ['toObligations', 'toIsoControls', 'toClauses']) expect(controls![key], key).toBeGreaterThan(0);

    const [owned] = await rows(
      `MATCH (n) WHERE ${GENERATED} AND (n:AISystem OR n:Evidence)
       RETURN min(COUNT { (:Owner)-[:OWNS]->(n) }) AS least, max(COUNT { (:Owner)-[:OWNS]->(n) }) AS most`,
    );
    expect(owned).toEqual({ least: 1, most: 1 });

    const [freshness] = await rows(
      `MATCH (n:Evidence) WHERE ${GENERATED}
       WITH n, CASE WHEN n.validUntil < date($today) THEN 'EXPIRED'
                    WHEN n.validUntil <= date($today) + duration({days: 30}) THEN 'EXPIRING' ELSE 'CURRENT' END AS freshness
       RETURN collect(DISTINCT freshness) AS buckets, all(e IN collect(n) WHERE e.collectedOn <= date($today) AND e.collectedOn < e.validUntil) AS datesInOrder`,
      { today: inject('loadedOn') },
    );
    expect(new Set(freshness!.buckets as string[])).toEqual(new Set(['CURRENT', 'EXPIRING', 'EXPIRED']));
    expect(freshness!.datesInOrder).toBe(true);
  });
});
