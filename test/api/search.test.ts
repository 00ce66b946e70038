import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../server/src/graph/migrations.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';

// Search over real HTTP against the loaded reference and demo data. Read-only: nothing here writes,
// except that the full-text index is rebuilt first. Lucene keeps the statistics of documents other
// test files created and deleted (their names count in each field's term weights until segments
// merge), so rankings would depend on which files ran before; rebuilt from migration 0004's own
// statements, the index holds exactly the graph as it is, as on a fresh database.

interface Hit {
  score: number;
  node: { __typename: string; id: string; ref?: string; title?: string; name?: string };
}

const SEARCH = `query Search($text: String!, $kinds: [NodeKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    score
    node {
      __typename
      id
      ... on Provision { ref title }
      ... on Control { name }
      ... on Owner { name }
    }
  }
}`;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  const migrations = await readMigrations(path.resolve(import.meta.dirname, '../../graph/migrations'));
  const searchIndex = migrations.find((migration) => migration.id === '0004-search-every-kind')!;
  for (const statement of searchIndex.statements) await api.cypher(statement);
  await api.cypher('CALL db.awaitIndexes(300)');
});
afterAll(async () => {
  await api?.close();
});

async function search(text: string, options: { kinds?: string[]; first?: number } = {}): Promise<Hit[]> {
  const response = await api.gql<{ search: Hit[] }>(SEARCH, { text, ...options });
  expect(response.status, text).toBe(200);
  expect(response.body.errors, text).toBeUndefined();
  return response.body.data!.search;
}

const ids = (hits: Hit[]) => hits.map((hit) => hit.node.id);

describe('search finds', () => {
  it('"risk management": Art. 9 first, then ISO 6.1 and the clauses the crosswalk maps to Art. 9', async () => {
    const hits = await search('risk management');
    expect(hits).toHaveLength(20);
    expect(hits[0]!.node).toMatchObject({ __typename: 'Provision', id: 'eu-ai-act:art-9', ref: 'Art. 9' });
    expect(ids(hits)).toEqual(
      expect.arrayContaining(['iso42001:6.1', 'iso42001:6.1.2', 'iso42001:6.1.3', 'control:RSK-01', 'obligation:OBL-PROV-HR-RMS']),
    );
    // ISO 6.1 ("Actions to address risks and opportunities") ranks among the first dozen, above
    // provisions that only share the word "management".
    const rank = ids(hits).indexOf('iso42001:6.1');
    expect(rank).toBeLessThan(12);
    for (const onlyManagement of ['iso42001:9.3', 'iso42001:4.4', 'eu-ai-act:art-17']) {
      if (ids(hits).includes(onlyManagement)) expect(rank).toBeLessThan(ids(hits).indexOf(onlyManagement));
    }
  });

  it.each([
    ['A.6.2.4', 'iso42001:A.6.2.4'],
    ['a.6.2.4', 'iso42001:A.6.2.4'],
    ['Art. 27', 'eu-ai-act:art-27'],
    ['art 27', 'eu-ai-act:art-27'],
    ['Art.27', 'eu-ai-act:art-27'],
    ['article 27', 'eu-ai-act:art-27'],
    ['Article 27(1)', 'eu-ai-act:art-27'],
    ['ISO 6.1', 'iso42001:6.1'],
    ['Annex 3', 'eu-ai-act:annex-iii'],
    ['chapter iii', 'eu-ai-act:chapter-iii'],
    ['Clauses 4-10', 'iso42001:4-10'],
    ['GOV-01', 'control:GOV-01'],
    ['control:gov-01', 'control:GOV-01'],
    ['OBL-PROV-HR-RMS', 'obligation:OBL-PROV-HR-RMS'],
    ['vendor:halvard-ai', 'vendor:halvard-ai'],
    ['eu-ai-act', 'eu-ai-act'],
  ])('%s exactly: %s first, with score 1', async (text, id) => {
    const hits = await search(text);
    expect(hits[0]).toMatchObject({ score: 1, node: { id } });
    expect(hits.filter((hit) => hit.score === 1)).toHaveLength(1);
  });

  it('the provisions under a reference next, in document order', async () => {
    const hits = await search('A.6.2');
    expect(hits[0]!.node.id).toBe('iso42001:A.6.2-objective');
    const under = hits.filter((hit) => hit.score === 0.9).map((hit) => hit.node.ref);
    expect(under).toEqual(['A.6.2.2', 'A.6.2.3', 'A.6.2.4', 'A.6.2.5', 'A.6.2.6', 'A.6.2.7', 'A.6.2.8']);
  });

  it('titles despite a typo of one edit', async () => {
    expect(ids(await search('risk managment')).slice(0, 5)).toContain('eu-ai-act:art-9');
    expect(ids(await search('transparancy')).slice(0, 3)).toEqual(expect.arrayContaining(['eu-ai-act:art-13', 'eu-ai-act:art-50']));
    expect(ids(await search('humen oversight'))[0]).toBe('eu-ai-act:art-14');
  });

  it('names without their accents', async () => {
    expect(ids(await search('Ines Duarte'))[0]).toBe('owner:ines-duarte');
    expect(ids(await search('INÊS'))[0]).toBe('owner:ines-duarte');
  });

  it('milestones and legislative notes too', async () => {
    expect(ids(await search('serious incident', { kinds: ['MILESTONE'] }))).toContain('milestone:2025-08-02:art-73-7');
    expect(ids(await search('omnibus', { kinds: ['LEGISLATIVE_NOTE'] }))).toContain('note:NOTE-OMNIBUS-AGREEMENT');
  });
});

describe('search results', () => {
  it('are best first, scored 1 for an exact reference and at most 0.8 for full-text matches', async () => {
    for (const text of ['risk management', 'Art. 27', 'credit scoring']) {
      const scores = (await search(text)).map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores.every((score) => score > 0 && score <= 1)).toBe(true);
    }
    const scores = (await search('risk management')).map((hit) => hit.score);
    expect(scores[0]).toBe(0.8);
  });

  it('hold each node once', async () => {
    const hits = await search('Art. 9 risk management', { first: 100 });
    expect(new Set(ids(hits)).size).toBe(hits.length);
    expect(hits[0]).toMatchObject({ score: 1, node: { id: 'eu-ai-act:art-9' } });
  });

  it('keep to the kinds asked for', async () => {
    const controls = await search('risk management', { kinds: ['CONTROL'] });
    expect(controls.length).toBeGreaterThan(0);
    expect(controls.every((hit) => hit.node.__typename === 'Control')).toBe(true);
    expect(controls[0]!.node.id).toBe('control:RSK-01');

    // Owners are also Person or Team in the graph; they come back as Owner.
    const owners = await search('risk management', { kinds: ['OWNER'] });
    expect(owners[0]!.node).toMatchObject({ __typename: 'Owner', id: 'owner:team-model-risk', name: 'Model Risk Management' });
    expect(owners.every((hit) => hit.node.__typename === 'Owner')).toBe(true);

    const mixed = await search('risk management', { kinds: ['PROVISION', 'OBLIGATION'], first: 100 });
    expect(new Set(mixed.map((hit) => hit.node.__typename))).toEqual(new Set(['Provision', 'Obligation']));

    // An exact reference of another kind is left out too.
    expect(await search('GOV-01', { kinds: ['EVIDENCE'] })).not.toContainEqual(
      expect.objectContaining({ node: expect.objectContaining({ id: 'control:GOV-01' }) }),
    );
    // No kinds, or an empty list, means all kinds.
    expect(ids(await search('GOV-01', { kinds: [] }))[0]).toBe('control:GOV-01');
  });

  it('are at most `first`, 20 by default', async () => {
    expect(await search('risk', { first: 3 })).toHaveLength(3);
    expect(await search('risk', { first: 1 })).toHaveLength(1);
    expect(await search('risk')).toHaveLength(20);
    expect((await search('risk', { first: 100 })).length).toBeGreaterThan(20);
  });

  it('take one Cypher query', async () => {
    const response = await api.gql(SEARCH, { text: 'risk management' });
    expect(response.headers.get('x-cypher-queries')).toBe('1');
  });
});

describe('search refuses', () => {
  it.each([
    ['first below 1', { text: 'risk', first: 0 }, 'first'],
    ['a negative first', { text: 'risk', first: -5 }, 'first'],
    ['first above 100', { text: 'risk', first: 101 }, 'first'],
    ['empty text', { text: '' }, 'text'],
    ['blank text', { text: ' \t\n ' }, 'text'],
    ['text of invisible characters only', { text: '\u200b\u200d\ufeff' }, 'text'],
    ['text over 200 characters', { text: 'r'.repeat(201) }, 'text'],
  ])('%s with BAD_USER_INPUT naming the field', async (_case, variables, field) => {
    const response = await api.gql(SEARCH, variables);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
  });

  it('nothing at the limits', async () => {
    await search('r'.repeat(200));
    await search('risk', { first: 100 });
  });
});

describe('any text is safe', () => {
  const SPECIAL_CHARACTERS = ['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/', '&', '|'];
  const HOSTILE_TEXTS = [
    '"}) MATCH (n) DETACH DELETE n //',
    "' OR 1=1",
    "'; MATCH (n) DETACH DELETE n; //",
    '$text',
    '`',
    'AND',
    'OR',
    'NOT',
    'AND OR NOT',
    'risk AND',
    'NOT risk',
    'risk OR',
    'title:foo',
    'id:*',
    '*:*',
    'ref:"Art. 9"',
    '"risk management',
    'risk management"',
    'risk^100',
    'risk~',
    'risk~2',
    'ris?',
    'ri*',
    '/.*/',
    '[a TO z]',
    '{a TO z}',
    '+risk -management',
    '(risk',
    'risk)',
    '\\"',
    'risk\\',
    'a'.repeat(200),
    'ab '.repeat(66),
    Array.from({ length: 60 }, (_, i) => `word${i}`)
      .join(' ')
      .slice(0, 200),
    'CALL db.index.fulltext.queryNodes("x", "*")',
    '<script>alert(1)</script>',
    '%00\u0000null',
  ];
  const UNICODE_TEXTS = [
    'إدارة المخاطر', // Arabic, right to left
    'ניהול סיכונים', // Hebrew, right to left
    '\u202eArt. 27\u202c', // right-to-left override around a reference
    'trans\u200bparency', // zero-width space inside a word
    'risk\u200dmanagement',
    '🙂',
    '🙂 human oversight 🚀',
    '👩🏽‍⚖️',
    '風險管理',
    'a\ud800b', // a lone surrogate
    'Ａｒｔ． ２７', // full-width
  ];

  let before: string;
  beforeAll(async () => {
    before = await graphFingerprint(api.driver);
  });

  it.each([...SPECIAL_CHARACTERS, ...SPECIAL_CHARACTERS.map((character) => `risk ${character} management`)])(
    'the special character %s: 200, data, no errors',
    async (text) => {
      expect(Array.isArray(await search(text))).toBe(true);
    },
  );

  it.each(HOSTILE_TEXTS)('%s: 200, data, no errors', async (text) => {
    expect(Array.isArray(await search(text))).toBe(true);
  });

  it.each(UNICODE_TEXTS)('%s: 200, data, no errors', async (text) => {
    expect(Array.isArray(await search(text))).toBe(true);
  });

  it('every special character together, a few hundred random mixes of them', async () => {
    const alphabet = [...'+-&|!(){}[]^"~*?:\\/\'`;,.<>=@#$% aZ9é', '\u200b', '\u202e', '🙂', 'ك'];
    let seed = 2024;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const texts = ['+-&&||!(){}[]^"~*?:\\/'];
    for (let i = 0; i < 200; i += 1) {
      texts.push(Array.from({ length: 1 + Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    }
    for (const text of texts) {
      const response = await api.gql<{ search: Hit[] }>(SEARCH, { text });
      // Text that is only spaces and invisible characters is refused as empty; anything else answers.
      if (response.body.errors)
        expect(response.body.errors[0]!.extensions, JSON.stringify(text)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
      else expect(Array.isArray(response.body.data?.search), JSON.stringify(text)).toBe(true);
    }
  });

  it('finds through invisible and compatibility characters', async () => {
    expect(ids(await search('trans\u200bparency'))).toContain('eu-ai-act:art-13');
    expect(ids(await search('\u202eArt. 27\u202c'))[0]).toBe('eu-ai-act:art-27');
    expect(ids(await search('Ａｒｔ． ２７'))[0]).toBe('eu-ai-act:art-27');
    expect(ids(await search('🙂 human oversight 🚀'))[0]).toBe('eu-ai-act:art-14');
  });

  it('and leaves the graph as it was', async () => {
    expect(await graphFingerprint(api.driver)).toBe(before);
  });
});
