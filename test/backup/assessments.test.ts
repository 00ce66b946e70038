// Classification assessments through export and import: two saves made through the API survive a
// deleted system (its assessments go with it) and come back identical, linked by CLASSIFIED_BY and
// answering classificationAssessments as before; a file with a bad assessment writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { exportGraph, serialiseExport } from '../../server/tools/backup/export.js';
import type { ExportFile, ExportedNode, ExportedRelationship } from '../../server/tools/backup/format.js';
import { ImportValidationError, importGraph } from '../../server/tools/backup/import.js';
import { expectData, startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint, testConnection } from '../support/neo4j.js';
import { newMarker } from './organisation.js';
import { CHATBOT, many, no, ORDINARY, pick } from '../support/classification-answers.js';

const TODAY = '2026-09-01';
const database = () => testConnection().database;
const marker = newMarker();
const SYSTEM_ID = `system:${marker}-bank`;
let api: TestApi;
let fingerprintLoaded: string;

/** A private bank's credit scoring (Annex III 5(b)), then reassessed as a chatbot-only helper. */
const CREDIT_SCORING = [
  ...ORDINARY,
  no('annex1.product'),
  pick('annex3.area', 'ESSENTIAL_SERVICES'),
  pick('annex3.point-5', '5(b)'),
  pick('art6-3.condition', 'NONE'),
  { questionId: 'art6-3.profiling', value: 'YES' },
  many('art50.triggers'),
  no('gpai.model'),
  many('role.roles', 'DEPLOYER'),
  many('role.art25'),
  no('public.authority'),
  no('public.service-body'),
  no('public.intended-for-authorities'),
  no('annexX.component'),
  { questionId: 'decisions.natural-persons', value: 'YES' },
  no('market.placed'),
];

const SAVE = `mutation ($id: ID!, $answers: [ClassificationAnswerInput!]!) { saveClassification(aiSystemId: $id, answers: $answers) { id } }`;
const ASSESSMENTS = `query ($id: ID!) { node(id: $id) { ... on AISystem {
  classificationAssessments { id assessedAt assessedBy current answers { questionId value values } result { riskClass annexIIIPoint complete } }
} } }`;

/** The export as a file would hold it: serialised and parsed back. */
async function exportAsFile(): Promise<ExportFile> {
  const { file, skipped } = await exportGraph(api.driver, { database: database() });
  expect(skipped).not.toHaveProperty('CLASSIFIED_BY');
  return JSON.parse(serialiseExport(file)) as ExportFile;
}

/** The system's assessments with their links, every value with its type, in a stable order. */
async function assessmentsSnapshot(): Promise<unknown[]> {
  const rows = await api.cypher(
    `MATCH (s:AISystem {id: $id})-[r:CLASSIFIED_BY]->(a:ClassificationAssessment)
     RETURN labels(a) AS labels, properties(a) AS properties, properties(r) AS link ORDER BY a.id`,
    { id: SYSTEM_ID },
  );
  const typed = (properties: Record<string, unknown>) =>
    Object.keys(properties)
      .sort()
      .map((name) => [name, (properties[name] as object).constructor.name, String(properties[name])]);
  return rows.map((row) => [row.labels, typed(row.properties as Record<string, unknown>), typed(row.link as Record<string, unknown>)]);
}

async function assessmentsAnswer(): Promise<unknown> {
  return (await expectData(api, ASSESSMENTS, { id: SYSTEM_ID })).data.node.classificationAssessments;
}

/** The refusal's problems as [path, message]; the graph must be as it was. */
async function refusal(file: unknown): Promise<[string, string][]> {
  const before = await graphFingerprint(api.driver);
  const error = await importGraph(api.driver, file, { database: database() }).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ImportValidationError);
  expect(await graphFingerprint(api.driver)).toBe(before);
  return (error as ImportValidationError).problems.map((problem) => [problem.path, problem.message]);
}

/** A file holding only the given assessments and links, counts to match. */
function assessmentsFile(nodes: ExportedNode[], relationships: ExportedRelationship[]): ExportFile {
  return {
    format: 'crosswalk-export',
    version: 2,
    exportedAt: '2026-11-29T00:00:00.000Z',
    counts: { nodes: { ClassificationAssessment: nodes.length }, relationships: { CLASSIFIED_BY: relationships.length } },
    nodes,
    relationships,
  };
}

let file: ExportFile;

beforeAll(async () => {
  api = await startTestApi({ today: () => TODAY });
  fingerprintLoaded = await graphFingerprint(api.driver);
  await api.cypher(
    `CREATE (:AISystem {id: $id, name: 'Bank scoring ' + $marker, roles: ['PROVIDER'], riskClass: 'MINIMAL', lifecycleStage: 'DEPLOYED',
                        establishedInUnion: true, transparencyTriggers: ['DEEP_FAKE']})`,
    { id: SYSTEM_ID, marker },
  );
  await expectData(api, SAVE, { id: SYSTEM_ID, answers: CREDIT_SCORING });
  await expectData(api, SAVE, { id: SYSTEM_ID, answers: CHATBOT });
});

afterAll(async () => {
  try {
    await api.cypher('MATCH (s:AISystem) WHERE s.id CONTAINS $marker OPTIONAL MATCH (s)-[:CLASSIFIED_BY]->(a) DETACH DELETE s, a', {
      marker,
    });
    expect(await graphFingerprint(api.driver)).toBe(fingerprintLoaded);
  } finally {
    await api.close();
  }
});

describe('classification assessments in export and import', () => {
  it('come back identical, with their links, after their system was deleted', async () => {
    const snapshot = await assessmentsSnapshot();
    const answer = await assessmentsAnswer();
    expect(snapshot).toHaveLength(2);
    file = await exportAsFile();

    const links = file.relationships.filter((r) => r.type === 'CLASSIFIED_BY' && r.from === SYSTEM_ID);
    expect(links).toHaveLength(2);
    expect(links.every((link) => Object.keys(link.properties).length === 0)).toBe(true);
    const assessments = file.nodes.filter((node) => links.some((link) => link.to === node.id));
    expect(assessments.map((node) => node.label)).toEqual(['ClassificationAssessment', 'ClassificationAssessment']);
    expect(Object.keys(assessments[0]!.properties).sort()).toEqual(['answers', 'assessedAt', 'assessedBy', 'result']);
    expect(assessments[0]!.properties.assessedAt).toEqual({ $datetime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/) });
    expect(file.counts.nodes.ClassificationAssessment).toBe(file.nodes.filter((node) => node.label === 'ClassificationAssessment').length);

    const deleted = await expectData(api, `mutation ($id: ID!) { deleteAISystem(id: $id, force: true) { deletedId } }`, { id: SYSTEM_ID });
    expect(deleted.data.deleteAISystem.deletedId).toBe(SYSTEM_ID);
    const left = await api.cypher('MATCH (a:ClassificationAssessment) WHERE a.id IN $ids RETURN count(a) AS n', {
      ids: assessments.map((node) => node.id),
    });
    expect(Number(left[0]!.n)).toBe(0);

    const report = await importGraph(api.driver, file, { database: database() });
    expect(report.created).toBe(3); // the system and its two assessments
    expect(await assessmentsSnapshot()).toEqual(snapshot);
    const [stored] = await api.cypher('MATCH (a:ClassificationAssessment {id: $id}) RETURN a.assessedAt AS at', { id: assessments[0]!.id });
    expect(neo4j.isDateTime(stored!.at)).toBe(true);
    expect(await assessmentsAnswer()).toEqual(answer);

    // Importing the same file again changes nothing: assessments are history, never rewritten.
    const before = await graphFingerprint(api.driver);
    await importGraph(api.driver, file, { database: database() });
    expect(await graphFingerprint(api.driver)).toBe(before);
  });

  it('refuses an assessment whose system is neither in the file nor in the graph, writing nothing', async () => {
    const [assessment] = file.nodes.filter(
      (node) => node.label === 'ClassificationAssessment' && file.relationships.some((r) => r.to === node.id && r.from === SYSTEM_ID),
    );
    const orphan = { ...assessment!, id: `assessment:${marker}-orphan` };
    const problems = await refusal(
      assessmentsFile([orphan], [{ type: 'CLASSIFIED_BY', from: `system:${marker}-gone`, to: orphan.id, properties: {} }]),
    );
    expect(problems).toEqual([
      ['relationships[0].from', `dangling reference: there is no AISystem "system:${marker}-gone" in the file or in the graph`],
    ]);
  });

  it('refuses a bad id prefix, a missing property, and moving an assessment to another system, writing nothing', async () => {
    const [assessment] = file.nodes.filter(
      (node) => node.label === 'ClassificationAssessment' && file.relationships.some((r) => r.to === node.id && r.from === SYSTEM_ID),
    );
    const { assessedAt: _at, ...withoutAssessedAt } = assessment!.properties;
    const badPrefix = { ...assessment!, id: `classification:${marker}-1` };
    const missing = { ...assessment!, id: `assessment:${marker}-2`, properties: withoutAssessedAt };
    const problems = await refusal(
      assessmentsFile(
        [badPrefix, missing],
        [
          { type: 'CLASSIFIED_BY', from: SYSTEM_ID, to: badPrefix.id, properties: {} },
          { type: 'CLASSIFIED_BY', from: SYSTEM_ID, to: missing.id, properties: {} },
        ],
      ),
    );
    expect(problems.map(([path]) => path)).toEqual(['nodes[0].id', 'nodes[1].properties.assessedAt']);
    expect(problems[0]![1]).toMatch(/assessment:<uuid>/);
    expect(problems[1]![1]).toBe('missing required property "assessedAt"');

    // An assessment the graph has, said to belong to another system that exists.
    const other = `system:${marker}-other`;
    await api.cypher(
      `CREATE (:AISystem {id: $id, name: 'Other ' + $marker, roles: ['DEPLOYER'], riskClass: 'MINIMAL', lifecycleStage: 'DESIGN'})`,
      { id: other, marker },
    );
    const moved = await refusal(
      assessmentsFile([assessment!], [{ type: 'CLASSIFIED_BY', from: other, to: assessment!.id, properties: {} }]),
    );
    expect(moved).toEqual([
      [
        'relationships[0].from',
        `assessment "${assessment!.id}" belongs to ${SYSTEM_ID} in the graph; an assessment is never moved to another AI system`,
      ],
    ]);
  });
});
