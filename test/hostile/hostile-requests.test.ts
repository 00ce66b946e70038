// Hostile requests over raw HTTP, one table row each: malformed JSON, invalid GraphQL, unknown names,
// wrong variable types, nesting, aliases, batches, oversized bodies, huge page sizes, bad ids, dates,
// cursors and strengths. Each must be refused with its status, a code and (where it concerns one
// argument) the field, and leave the graph as it was. Runs with the default limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/src/http/limits.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';
import { expectRefusal, expectSameGraph, postRaw, type Refusal } from './hostile.js';

let api: TestApi;
let before: string;

beforeAll(async () => {
  api = await startTestApi();
  before = await graphFingerprint(api.driver, { auditBy: api.adminActor });
});

afterAll(async () => {
  expectSameGraph(await graphFingerprint(api.driver, { auditBy: api.adminActor }), before);
  await api.close();
});

interface Case extends Refusal {
  name: string;
  /** A string is sent as it is; anything else as JSON. */
  body: unknown;
  headers?: Record<string, string>;
}

const json = (query: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ query, variables, ...extra });

const NODE = 'query ($id: ID!) { node(id: $id) { id } }';
const FRAMEWORKS = 'query ($n: Int) { frameworks(first: $n) { totalCount } }';
const LINK = `mutation ($strength: Int!) {
  linkControl(controlId: "control:GOV-01", targetId: "eu-ai-act:art-9", relationship: EQUAL, strength: $strength, rationale: "hostile") { id }
}`;
const OBLIGATIONS_BETWEEN = 'query ($from: Date!, $to: Date!) { obligationsApplyingBetween(from: $from, to: $to) { obligation { id } } }';
const CREATE_EVIDENCE = 'mutation ($input: CreateEvidenceInput!) { createEvidence(input: $input) { id } }';
const evidence = (extra: Record<string, unknown>) => ({
  input: {
    id: 'evidence:hostile-req',
    title: 'Hostile',
    kind: 'TEST_REPORT',
    collectedOn: '2026-01-10',
    validUntil: '2027-01-10',
    ...extra,
  },
});
// Aliases of __typename are free (graphql-armor does not count them); aliases of a field are.
const aliases = (n: number, field = 'health { status }') => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
// provisions › nodes › parent × (levels - 3) › id.
const nested = (levels: number) => `{ provisions(first: 1) { nodes { ${'parent { '.repeat(levels - 3)}id${' }'.repeat(levels - 3)} } } }`;
const padded = (bytes: number) => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes) } });

const MALFORMED_JSON: Case[] = [
  { name: 'truncated JSON', body: '{"query": "{ __typename }"', status: 400, code: 'BAD_REQUEST', message: /not valid JSON/ },
  { name: 'a trailing comma', body: '{"query": "{ __typename }",}', status: 400, code: 'BAD_REQUEST', message: /not valid JSON/ },
  { name: 'single quotes', body: "{'query': '{ __typename }'}", status: 400, code: 'BAD_REQUEST', message: /not valid JSON/ },
  { name: 'a bare null', body: 'null', status: 400, code: 'BAD_REQUEST', message: /not valid JSON/ },
  { name: 'a bare number', body: '42', status: 400, code: 'BAD_REQUEST', message: /not valid JSON/ },
  {
    name: 'NaN as a value',
    body: '{"query": "{ __typename }", "variables": NaN}',
    status: 400,
    code: 'BAD_REQUEST',
    message: /not valid JSON/,
  },
  { name: 'an empty body', body: '', status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty object', body: '{}', status: 400, code: 'BAD_REQUEST' },
  { name: 'query as a list', body: { query: ['{ __typename }'] }, status: 400, code: 'BAD_REQUEST' },
  { name: 'variables as a string', body: { query: '{ __typename }', variables: '{"a": 1}' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'extensions as a number', body: { query: '{ __typename }', extensions: 7 }, status: 400, code: 'BAD_REQUEST' },
  {
    name: 'a Latin-1 charset',
    body: '{"query": "{ __typename }"}',
    headers: { 'content-type': 'application/json; charset=latin1' },
    status: 415,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a gzip body it cannot read',
    body: '{"query": "{ __typename }"}',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    status: 400,
    code: 'BAD_REQUEST',
  },
  { name: 'text/plain', body: '{"query": "{ __typename }"}', headers: { 'content-type': 'text/plain' }, status: 415, code: 'BAD_REQUEST' },
];

const INVALID_GRAPHQL: Case[] = [
  { name: 'an unclosed brace', body: json('{ frameworks(first: 1) { totalCount }'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a lone keyword', body: json('query'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'SQL instead of GraphQL', body: json("SELECT * FROM nodes WHERE id = '1' OR 1=1"), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'Cypher instead of GraphQL', body: json('MATCH (n) DETACH DELETE n'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an unterminated string', body: json('{ node(id: "abc) { id } }'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an empty query', body: json(''), status: 400, code: 'BAD_REQUEST' },
  { name: 'an object without a selection', body: json('{ node(id: "eu-ai-act") }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'two anonymous operations', body: json('{ __typename } { __typename }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'an operation name that is not there',
    body: json('query A { __typename }', undefined, { operationName: 'B' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'two named operations, none chosen',
    body: json('query A { __typename } query B { __typename }'),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'a subscription',
    body: json('subscription { __typename }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /no subscriptions/,
  },
  {
    name: 'a fragment cycle',
    body: json('{ node(id: "x") { ...A } } fragment A on Node { ...B } fragment B on Node { ...A }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'an undeclared variable', body: json('{ node(id: $id) { id } }', { id: 'x' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'a variable of the wrong declared type',
    body: json('query ($n: String) { frameworks(first: $n) { totalCount } }', { n: '1' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
];

const UNKNOWN_NAMES: Case[] = [
  { name: 'an unknown root field', body: json('{ allNodes { id } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: /allNodes/ },
  {
    name: 'an unknown nested field',
    body: json('{ node(id: "x") { id password } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /password/,
  },
  {
    name: 'an unknown argument',
    body: json('{ frameworks(limit: 5) { totalCount } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /limit/,
  },
  {
    name: 'an unknown variable type',
    body: json('query ($id: Cypher!) { node(id: $id) { id } }', { id: 'x' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Cypher/,
  },
  {
    name: 'an unknown type condition',
    body: json('{ node(id: "x") { ... on User { id } } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /User/,
  },
  {
    name: 'an unknown enum value',
    body: json('{ aiSystems(filter: { riskClass: [EXTREME] }) { totalCount } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /EXTREME/,
  },
  {
    name: 'an unknown directive',
    body: json('{ __typename @cypher(statement: "MATCH (n) DETACH DELETE n") }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /cypher/,
  },
  {
    name: 'an unknown filter field',
    body: json('{ controls(filter: { where: "1=1" }) { totalCount } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /where/,
  },
  {
    name: 'an unknown input field in variables',
    body: json('mutation ($input: CreateVendorInput!) { createVendor(input: $input) { id } }', { input: { name: 'Hostile', admin: true } }),
    status: 400,
    code: 'BAD_USER_INPUT',
    field: 'input.admin',
  },
  {
    name: 'an unknown enum value in variables',
    body: json(CREATE_EVIDENCE, evidence({ kind: 'DROP_TABLE' })),
    status: 400,
    code: 'BAD_USER_INPUT',
    field: 'input.kind',
  },
  {
    name: 'an unknown mutation',
    body: json('mutation { dropDatabase }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /dropDatabase/,
  },
];

const WRONG_VARIABLE_TYPES: Case[] = [
  { name: 'a string for an Int', body: json(FRAMEWORKS, { n: '10' }), status: 400, code: 'BAD_USER_INPUT', field: 'first' },
  { name: 'a float for an Int', body: json(FRAMEWORKS, { n: 2.5 }), status: 400, code: 'BAD_USER_INPUT', field: 'first' },
  { name: 'an Int past 32 bits', body: json(FRAMEWORKS, { n: 2 ** 31 }), status: 400, code: 'BAD_USER_INPUT', field: 'first' },
  { name: 'an object for an ID', body: json(NODE, { id: { $ne: null } }), status: 400, code: 'BAD_USER_INPUT', field: 'id' },
  { name: 'null for a required ID', body: json(NODE, { id: null }), status: 400, code: 'BAD_USER_INPUT', field: 'id' },
  { name: 'a missing required variable', body: json(NODE, {}), status: 400, code: 'BAD_USER_INPUT', field: 'id' },
  { name: 'a float for an ID', body: json(NODE, { id: 1.5 }), status: 400, code: 'BAD_USER_INPUT', field: 'id' },
  {
    name: 'a string for an input object',
    body: json(CREATE_EVIDENCE, { input: 'MATCH (n) DETACH DELETE n' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    field: 'input',
  },
  {
    name: 'a list for a Date',
    body: json(CREATE_EVIDENCE, evidence({ collectedOn: ['2026-01-10'] })),
    status: 400,
    code: 'BAD_USER_INPUT',
    field: 'input.collectedOn',
  },
  {
    name: 'a string for a Boolean',
    body: json('query ($b: Boolean) { aiSystems(filter: { flaggedForReview: $b }) { totalCount } }', { b: 'yes' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    field: 'filter.flaggedForReview',
  },
  { name: 'a string for a strength', body: json(LINK, { strength: '5' }), status: 400, code: 'BAD_USER_INPUT', field: 'strength' },
  {
    name: 'nested lists for a list of ids',
    body: json('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [[['eu-ai-act']]] }),
    status: 400,
    code: 'BAD_USER_INPUT',
    field: 'ids.0',
  },
];

const LIMITS: Case[] = [
  { name: 'one level deeper than allowed', body: json(nested(DEFAULT_LIMITS.maxDepth + 1)), status: 400, code: 'QUERY_TOO_DEEP' },
  { name: '200 levels of nesting', body: json(nested(200)), status: 400, code: 'QUERY_TOO_DEEP' },
  { name: '1,500 levels of nesting', body: json(nested(1_500)), status: 400, code: 'TOO_MANY_TOKENS' },
  { name: '5,000 open braces', body: json('{'.repeat(5_000)), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'one alias more than allowed', body: json(aliases(DEFAULT_LIMITS.maxAliases + 1)), status: 400, code: 'TOO_MANY_ALIASES' },
  { name: 'thousands of aliases', body: json(aliases(5_000)), status: 400, code: 'TOO_MANY_TOKENS' },
  { name: 'thousands of __typename aliases', body: json(aliases(5_000, '__typename')), status: 400, code: 'TOO_MANY_TOKENS' },
  {
    name: 'a batch one over the limit',
    body: Array.from({ length: DEFAULT_LIMITS.maxBatchSize + 1 }, () => ({ query: '{ __typename }' })),
    status: 400,
    code: 'BATCH_TOO_LARGE',
  },
  {
    name: 'a batch of 5,000',
    body: Array.from({ length: 5_000 }, () => ({ query: '{ __typename }' })),
    status: 400,
    code: 'BATCH_TOO_LARGE',
  },
  {
    name: 'a batch of mutations over the limit (none runs)',
    body: Array.from({ length: DEFAULT_LIMITS.maxBatchSize + 1 }, (_, i) =>
      json(CREATE_EVIDENCE, evidence({ id: `evidence:hostile-batch-${i}` })),
    ),
    status: 400,
    code: 'BATCH_TOO_LARGE',
  },
  { name: 'a body one byte over the limit', body: padded(DEFAULT_LIMITS.maxBodyBytes), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'a 5 MB body', body: padded(5 * 1024 * 1024), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'first: 501', body: json(FRAMEWORKS, { n: 501 }), status: 200, code: 'BAD_USER_INPUT', field: 'first' },
  { name: 'first: 2^31 - 1', body: json(FRAMEWORKS, { n: 2 ** 31 - 1 }), status: 200, code: 'BAD_USER_INPUT', field: 'first' },
  {
    name: 'a huge first on a nested list',
    body: json('{ frameworks(first: 2) { nodes { provisions(first: 2147483647) { nodes { id } } } } }'),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  { name: 'a negative last', body: json('{ provisions(last: -1) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT', field: 'last' },
  {
    name: 'search first: 1,000,000',
    body: json('{ search(text: "risk", first: 1000000) { score } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'first',
  },
  {
    name: 'impact limit: 10^9',
    body: json('{ impact(of: "vendor:x", limit: 1000000000) { of { id } } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'limit',
  },
  {
    name: 'neighborhood depth: 1,000',
    body: json('{ neighborhood(id: "eu-ai-act:art-9", depth: 1000) { nodes { id } } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'depth',
  },
  {
    name: 'paths maxLength: 10,000',
    body: json('{ paths(from: "eu-ai-act:art-9", to: "iso42001", maxLength: 10000) { nodes { id } } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'maxLength',
  },
  {
    name: '501 ids to nodes',
    body: json('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 501 }, (_, i) => `x:${i}`) }),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'ids',
  },
];

const INVALID_VALUES: Case[] = [
  {
    name: 'a cursor it never gave out',
    body: json('{ provisions(first: 1, after: "MATCH (n) RETURN n") { totalCount } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'after',
  },
  {
    name: 'a cursor with a negative offset',
    body: json(`{ provisions(first: 1, before: "${Buffer.from('cw1:-5').toString('base64url')}") { totalCount } }`),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'before',
  },
  {
    name: 'an impact of a provision id',
    body: json('{ impact(of: "eu-ai-act:art-9") { of { id } } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'of',
  },
  {
    name: 'an update of a read-only provision',
    body: json('mutation { updateControl(id: "eu-ai-act:art-9", input: { name: "x" }) { id } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'id',
  },
  {
    name: 'a delete of an id that is not there',
    body: json('mutation { deleteVendor(id: "vendor:hostile-none") { deletedId } }'),
    status: 200,
    code: 'NOT_FOUND',
    field: 'id',
  },
  {
    name: 'a new id with spaces and quotes',
    body: json('mutation { createVendor(input: { id: "vendor:a\' b", name: "Hostile" }) { id } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'input.id',
  },
  {
    name: 'a new id of another kind',
    body: json('mutation { createVendor(input: { id: "system:hostile", name: "Hostile" }) { id } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'input.id',
  },
  {
    name: 'date 2026-02-30 in a variable',
    body: json(OBLIGATIONS_BETWEEN, { from: '2026-02-30', to: '2027-01-01' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    field: 'from',
  },
  {
    name: 'date 2026-13-01 in a variable',
    body: json(OBLIGATIONS_BETWEEN, { from: '2026-01-01', to: '2026-13-01' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    field: 'to',
  },
  {
    name: 'date "yesterday"',
    body: json(CREATE_EVIDENCE, evidence({ validUntil: 'yesterday' })),
    status: 400,
    code: 'BAD_USER_INPUT',
    field: 'input.validUntil',
  },
  {
    name: 'date without leading zeros',
    body: json(CREATE_EVIDENCE, evidence({ collectedOn: '2026-1-5' })),
    status: 400,
    code: 'BAD_USER_INPUT',
    field: 'input.collectedOn',
  },
  {
    name: 'a date with a time',
    body: json(CREATE_EVIDENCE, evidence({ collectedOn: '2026-01-05T00:00:00Z' })),
    status: 400,
    code: 'BAD_USER_INPUT',
    field: 'input.collectedOn',
  },
  {
    name: 'a date literal 2026-02-29',
    body: json('{ gaps(asOf: "2026-02-29") { totalCount } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a date as a number',
    body: json('query ($d: Date) { gaps(asOf: $d) { totalCount } }', { d: 20260101 }),
    status: 400,
    code: 'BAD_USER_INPUT',
    field: 'asOf',
  },
  {
    name: 'validUntil before collectedOn',
    body: json(CREATE_EVIDENCE, evidence({ collectedOn: '2026-05-01', validUntil: '1970-01-01' })),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'input.validUntil',
  },
];

const STRENGTHS: Case[] = [
  { name: 'strength 0', body: json(LINK, { strength: 0 }), status: 200, code: 'BAD_USER_INPUT', field: 'strength' },
  { name: 'strength 11', body: json(LINK, { strength: 11 }), status: 200, code: 'BAD_USER_INPUT', field: 'strength' },
  { name: 'strength -1', body: json(LINK, { strength: -1 }), status: 200, code: 'BAD_USER_INPUT', field: 'strength' },
  { name: 'strength 1.5', body: json(LINK, { strength: 1.5 }), status: 400, code: 'BAD_USER_INPUT', field: 'strength' },
  { name: 'strength 2^31 - 1', body: json(LINK, { strength: 2 ** 31 - 1 }), status: 200, code: 'BAD_USER_INPUT', field: 'strength' },
  { name: 'strength 1e20', body: json(LINK, { strength: 1e20 }), status: 400, code: 'BAD_USER_INPUT', field: 'strength' },
  { name: 'strength null', body: json(LINK, { strength: null }), status: 400, code: 'BAD_USER_INPUT', field: 'strength' },
  {
    name: 'strength as a literal 99',
    body: json(
      'mutation { linkControl(controlId: "control:GOV-01", targetId: "eu-ai-act:art-9", relationship: EQUAL, strength: 99, rationale: "x") { id } }',
    ),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'strength',
  },
];

const GROUPS: [string, Case[]][] = [
  ['malformed JSON and bodies', MALFORMED_JSON],
  ['invalid GraphQL', INVALID_GRAPHQL],
  ['unknown fields, arguments and types', UNKNOWN_NAMES],
  ['wrong variable types', WRONG_VARIABLE_TYPES],
  ['nesting, aliases, batches, body size and page sizes', LIMITS],
  ['invalid ids, cursors and dates', INVALID_VALUES],
  ['strength out of range', STRENGTHS],
];

for (const [group, cases] of GROUPS) {
  describe(group, () => {
    let groupBefore: string;
    beforeAll(async () => {
      groupBefore = await graphFingerprint(api.driver, { auditBy: api.adminActor });
    });
    afterAll(async () => {
      expectSameGraph(await graphFingerprint(api.driver, { auditBy: api.adminActor }), groupBefore);
    });

    it.each(cases)('$name: refused with $code', async (hostile) => {
      const body = typeof hostile.body === 'string' ? hostile.body : JSON.stringify(hostile.body);
      const response = await postRaw(api.url, body, hostile.headers);
      expectRefusal(response, hostile, hostile.name);
      // Writes are checked one by one: a refused mutation wrote nothing.
      if (body.includes('mutation')) expectSameGraph(await graphFingerprint(api.driver, { auditBy: api.adminActor }), groupBefore);
    });
  });
}

describe('afterwards', () => {
  it('counts at least 60 distinct hostile requests', () => {
    const names = GROUPS.flatMap(([, cases]) => cases.map((hostile) => hostile.name));
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(60);
  });

  it('still answers a normal request', async () => {
    expect((await api.gql('{ frameworks(first: 1) { totalCount } }')).body).toEqual({ data: { frameworks: { totalCount: 2 } } });
  });
});
