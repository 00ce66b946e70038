// Unicode edge cases (right-to-left text and overrides, zero-width characters, 4-byte characters,
// emoji sequences, combining marks, NUL) written through the mutations into every free-text field,
// read back byte-identical by a later query and from Neo4j itself, then deleted through the API.
// Lone surrogates are refused. The graph ends as it began.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';
import { expectRefusal, expectSameGraph, postRaw } from './hostile.js';

let api: TestApi;
let loaded: string;

beforeAll(async () => {
  api = await startTestApi();
  loaded = await graphFingerprint(api.driver);
});

afterAll(async () => {
  // Only if a case failed half-way is anything of ours left.
  await api.cypher(
    "MATCH (n) WHERE n.id STARTS WITH 'vendor:hostile-u-' OR n.id STARTS WITH 'system:hostile-u-' OR n.id STARTS WITH 'control:HOSTILE-U-' OR n.id STARTS WITH 'evidence:hostile-u-' OR n.id STARTS WITH 'owner:hostile-u-' DETACH DELETE n",
  );
  expectSameGraph(await graphFingerprint(api.driver), loaded);
  await api.close();
});

type Data = Record<string, any>;

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await api.gql<Data>(query, variables);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!;
}

const UNICODE: [string, string][] = [
  ['Arabic, right to left', 'مرحبا بالعالم'],
  ['Hebrew inside right-to-left embedding, an override and a mark', '\u202bשלום\u202c \u202eabc\u202c\u200f'],
  ['zero-width space, non-joiner, joiner and word joiner', 'a\u200bb\u200cc\u200dd\u2060e'],
  ['a byte-order mark inside the text', 'x\ufeffy'],
  ['4-byte characters', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🛡️'],
  ['emoji sequences (ZWJ, flags, skin tones)', '👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🇳🇱'],
  ['stacked combining marks', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐'],
  ['decomposed and precomposed é, not normalised', 'e\u0301 / \u00e9'],
  ['CJK and Devanagari', '風險管理 जोखिम प्रबंधन'],
  ['NUL and other control characters', 'a\u0000b\u0007c\u001bd'],
  ['mixed directions with Arabic-Indic digits', 'abc ١٢٣ אבג 123'],
  ['200 astral characters, the longest name', '🛡'.repeat(200)],
];

const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('hex');

describe('stored intact and returned intact', () => {
  it.each(UNICODE.map(([name, text], index) => [name, text, index] as const))('%s', async (_name, text, index) => {
    const before = await graphFingerprint(api.driver);
    const ids = {
      vendor: `vendor:hostile-u-${index}`,
      system: `system:hostile-u-${index}`,
      control: `control:HOSTILE-U-${index}`,
      evidence: `evidence:hostile-u-${index}`,
      owner: `owner:hostile-u-${index}`,
    };
    // The longest case fits names (200 characters) and longer fields alike.
    await ok('mutation ($input: CreateVendorInput!) { createVendor(input: $input) { id } }', {
      input: { id: ids.vendor, name: text, description: text, contractRef: text },
    });
    await ok('mutation ($input: CreateAISystemInput!) { createAISystem(input: $input) { id } }', {
      input: {
        id: ids.system,
        name: text,
        description: text,
        intendedPurpose: text,
        reviewReason: text,
        roles: ['DEPLOYER'],
        riskClass: 'MINIMAL',
        lifecycleStage: 'DESIGN',
      },
    });
    await ok('mutation ($input: CreateControlInput!) { createControl(input: $input) { id } }', {
      input: { id: ids.control, code: `HOSTILE-U-${index}`, name: text, description: text, category: text },
    });
    await ok('mutation ($input: CreateEvidenceInput!) { createEvidence(input: $input) { id } }', {
      input: {
        id: ids.evidence,
        title: text,
        location: text,
        description: text,
        kind: 'TEST_REPORT',
        collectedOn: '2026-01-10',
        validUntil: '2027-01-10',
      },
    });
    await ok('mutation ($input: CreateOwnerInput!) { createOwner(input: $input) { id } }', {
      input: { id: ids.owner, kind: 'PERSON', name: text, jobTitle: text },
    });
    await ok(
      'mutation ($c: ID!, $s: String!) { linkControl(controlId: $c, targetId: "eu-ai-act:art-9", relationship: INTERSECTS_WITH, strength: 4, rationale: $s) { id } }',
      {
        c: ids.control,
        s: text,
      },
    );

    // A later request reads every field back.
    const read = await ok(
      `query ($ids: [ID!]!) { nodes(ids: $ids) {
        ... on Vendor { name description contractRef }
        ... on AISystem { name description intendedPurpose reviewReason }
        ... on Control { name description category satisfies { nodes { rationale } } }
        ... on Evidence { title location description }
        ... on Owner { name jobTitle }
      } }`,
      { ids: Object.values(ids) },
    );
    const values: string[] = read.nodes.flatMap((node: Data) =>
      Object.values(node).flatMap((value) => (typeof value === 'string' ? [value] : value.nodes.map((link: Data) => link.rationale))),
    );
    expect(values).toHaveLength(3 + 4 + 4 + 3 + 2);
    for (const value of values) expect(utf8(value)).toBe(utf8(text));

    // Neo4j holds the same bytes (not only the response echoing them).
    const stored = await api.cypher('MATCH (n) WHERE n.id IN $ids RETURN n.name AS name, n.title AS title', { ids: Object.values(ids) });
    for (const row of stored) expect(utf8((row.name ?? row.title) as string)).toBe(utf8(text));

    // Found by its own text through a filter.
    const found = await ok('query ($s: String) { vendors(filter: { text: $s }) { nodes { id } } }', { s: text });
    expect(found.vendors.nodes).toContainEqual({ id: ids.vendor });

    // An update keeps them intact too: the text reversed by characters.
    const reversed = [...text].reverse().join('');
    const updated = await ok(`mutation ($s: String) { updateOwner(id: "${ids.owner}", input: { jobTitle: $s }) { jobTitle } }`, {
      s: reversed,
    });
    expect(utf8(updated.updateOwner.jobTitle)).toBe(utf8(reversed.trim()));

    await ok(`mutation {
      a: deleteVendor(id: "${ids.vendor}", force: true) { deletedId }
      b: deleteAISystem(id: "${ids.system}", force: true) { deletedId }
      c: deleteControl(id: "${ids.control}", force: true) { deletedId }
      d: deleteEvidence(id: "${ids.evidence}", force: true) { deletedId }
      e: deleteOwner(id: "${ids.owner}", force: true) { deletedId }
    }`);
    expectSameGraph(await graphFingerprint(api.driver), before);
  });
});

describe('refused: text that is not well-formed or too long, with the field, nothing written', () => {
  const CREATE_VENDOR = 'mutation ($input: CreateVendorInput!) { createVendor(input: $input) { id } }';
  const LINK =
    'mutation ($s: String!) { linkControl(controlId: "control:GOV-01", targetId: "eu-ai-act:art-9", relationship: EQUAL, strength: 5, rationale: $s) { id } }';
  const cases: [string, string, Record<string, unknown>, string, RegExp][] = [
    [
      'a lone high surrogate in a name',
      CREATE_VENDOR,
      { input: { id: 'vendor:hostile-u-bad', name: 'a\ud800b' } },
      'input.name',
      /surrogate/,
    ],
    [
      'a lone low surrogate in a description',
      CREATE_VENDOR,
      { input: { id: 'vendor:hostile-u-bad', name: 'ok', description: '\udc00' } },
      'input.description',
      /surrogate/,
    ],
    ['a lone surrogate in a rationale', LINK, { s: 'why \udbff' }, 'rationale', /surrogate/],
    [
      '201 astral characters in a name',
      CREATE_VENDOR,
      { input: { id: 'vendor:hostile-u-bad', name: '🛡'.repeat(201) } },
      'input.name',
      /201 characters long; at most 200/,
    ],
    [
      'a name of Unicode spaces only',
      CREATE_VENDOR,
      { input: { id: 'vendor:hostile-u-bad', name: '\u3000\u00a0\u2003\ufeff' } },
      'input.name',
      /^input\.name: must be a non-empty string$/,
    ],
  ];

  it.each(cases)('%s', async (_name, query, variables, field, message) => {
    const before = await graphFingerprint(api.driver);
    const response = await postRaw(api.url, JSON.stringify({ query, variables }));
    expectRefusal(response, { status: 200, code: 'BAD_USER_INPUT', field, message });
    expectSameGraph(await graphFingerprint(api.driver), before);
  });
});
