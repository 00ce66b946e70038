import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateExportFile } from '../../server/tools/backup/import.js';
import { propertiesFromInput } from '../../server/src/common/validation.js';
import { DataFileError, parseDataFile } from '../../server/src/graph/data-files.js';
import type { NodeLabel } from '../../server/src/graph/model.js';
import { startTestApi, type TestApi } from '../support/api.js';

// One validator per label (graph/schemas.ts): the same bad value gets the same message through a
// data file, a mutation and an import file; each entry point only puts its own path in front.
// Then control codes: unique case-insensitively, in the API and in the database's own constraint.

let api: TestApi;
const TEST_CONTROLS = `MATCH (n:Control) WHERE toLower(n.id) STARTS WITH 'control:test-ck-'`;

beforeAll(async () => {
  api = await startTestApi();
});
afterEach(async () => {
  await api.cypher(`${TEST_CONTROLS} DETACH DELETE n`);
});
afterAll(async () => {
  await api.close();
});

const system = { name: 'Test one validator', roles: ['DEPLOYER'], riskClass: 'MINIMAL', lifecycleStage: 'DESIGN' };

/** The problem the data loader reports for one AI system with `properties`: the text after the record. */
function dataFileProblem(properties: Record<string, unknown>): string {
  const text = JSON.stringify({ nodes: [{ label: 'AISystem', id: 'system:test-one', ...system, ...properties }] });
  try {
    parseDataFile('demo/test.json', text, new Map<string, NodeLabel>(), new Date('2026-01-01T00:00:00Z'));
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as Error).message.replace(/^demo\/test\.json: nodes\[0\] \(system:test-one\): /, '');
  }
  throw new Error('the data file was accepted');
}

/** The problem graph:import reports for one AI system with `properties` (file-encoded), with its path. */
function importProblem(properties: Record<string, unknown>): string {
  const { problems } = validateExportFile({
    format: 'crosswalk-export',
    version: 2,
    exportedAt: '2026-01-01T00:00:00Z',
    counts: { nodes: { AISystem: 1 }, relationships: {} },
    nodes: [{ label: 'AISystem', id: 'system:test-one', properties: { ...system, ...properties } }],
    relationships: [],
  });
  expect(problems).toHaveLength(1);
  return `${problems[0]!.path.replace(/^nodes\[0\]\.properties\./, '')}: ${problems[0]!.message}`;
}

/** The message of the mutations' input check (what createAISystem runs before any transaction). */
function mutationProblem(properties: Record<string, unknown>): string {
  try {
    propertiesFromInput('AISystem', { ...system, ...properties }, 'create');
  } catch (error) {
    return (error as Error).message.replace(/^input\./, '');
  }
  throw new Error('the input was accepted');
}

describe('one validator per label', () => {
  it('a date that does not exist: the same message from a data file, a mutation and an import file', () => {
    const expected = 'placedOnMarket: must be a date (YYYY-MM-DD)';
    expect(dataFileProblem({ placedOnMarket: '2026-02-30' })).toBe(expected);
    expect(mutationProblem({ placedOnMarket: '2026-02-30' })).toBe(expected);
    expect(importProblem({ placedOnMarket: { $date: '2026-02-30' } })).toBe(expected);
  });

  it('a missing required property and a value outside the enum: the same messages', () => {
    expect(dataFileProblem({ lifecycleStage: undefined })).toBe('lifecycleStage: is required');
    expect(mutationProblem({ lifecycleStage: undefined })).toBe('lifecycleStage: is required');
    expect(importProblem({ lifecycleStage: undefined })).toBe('lifecycleStage: is required');
    const notOfSystems = 'riskClass: must be one of PROHIBITED, HIGH_RISK, TRANSPARENCY, MINIMAL';
    expect(dataFileProblem({ riskClass: 'GPAI' })).toBe(notOfSystems);
    expect(mutationProblem({ riskClass: 'GPAI' })).toBe(notOfSystems);
    expect(importProblem({ riskClass: 'GPAI' })).toBe(notOfSystems);
  });

  it('over HTTP, a mutation refuses with BAD_USER_INPUT, the field as a dotted path and the same wording', async () => {
    const response = await api.gql(`mutation ($input: CreateAISystemInput!) { createAISystem(input: $input) { id } }`, {
      input: { id: 'system:test-one', ...system, riskClass: 'GPAI' },
    });
    const error = response.body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.riskClass' });
    expect(error?.message).toBe('input.riskClass: must be one of PROHIBITED, HIGH_RISK, TRANSPARENCY, MINIMAL');
  });
});

const CREATE_CONTROL = `mutation ($input: CreateControlInput!) { createControl(input: $input) { id code } }`;

describe('control codes are unique case-insensitively', () => {
  it('in the database itself: a second control whose code differs only in case breaks the codeKey constraint', async () => {
    await api.cypher(`CREATE (:Control {id: 'control:test-ck-1', code: 'test-ck-1', codeKey: 'test-ck-1', name: 'One'})`);
    const second = api.cypher(`CREATE (:Control {id: 'control:TEST-CK-1', code: 'TEST-CK-1', codeKey: 'test-ck-1', name: 'Two'})`);
    await expect(second).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
    await expect(second).rejects.toThrow(/codeKey/);
    expect(await api.cypher(`${TEST_CONTROLS} RETURN n.id AS id`)).toEqual([{ id: 'control:test-ck-1' }]);
  });

  it('in the API: CONFLICT naming input.code, and the created control carries its codeKey', async () => {
    const first = await api.gql(CREATE_CONTROL, { input: { code: 'Test-CK-2', name: 'Two' } });
    expect(first.body.errors).toBeUndefined();
    expect(await api.cypher(`${TEST_CONTROLS} RETURN n.codeKey AS codeKey`)).toEqual([{ codeKey: 'test-ck-2' }]);
    const second = await api.gql(CREATE_CONTROL, { input: { code: 'TEST-ck-2', name: 'Two again' } });
    expect(second.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
    expect(await api.cypher(`${TEST_CONTROLS} RETURN n.code AS code`)).toEqual([{ code: 'Test-CK-2' }]);
  });
});
