import { buildSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from './schema.js';
import { pageSizeEstimator, tokenLimitMessage } from './limits.js';

let schema: ReturnType<typeof buildSchema>;

beforeAll(async () => {
  schema = buildSchema((await loadTypeDefs()).join('\n'));
});

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [pageSizeEstimator] });

describe('pageSizeEstimator', () => {
  it('counts objects, not scalars', () => {
    expect(cost('{ __typename }')).toBe(0);
    expect(cost('{ health { status version } }')).toBe(1);
  });

  it('multiplies what is inside a connection by its page size, 50 by default', () => {
    expect(cost('{ provisions(first: 10) { totalCount nodes { id } } }')).toBe(1 + 10 * 1);
    expect(cost('{ provisions { nodes { id } } }')).toBe(1 + 50 * 1);
    expect(cost('{ provisions(first: 30, last: 5) { nodes { id } } }')).toBe(1 + 5 * 1);
    expect(cost('query ($n: Int) { provisions(first: $n) { edges { node { id } } } }', { n: 7 })).toBe(1 + 7 * 2);
  });

  it('multiplies down the nesting (the README example)', () => {
    expect(cost('{ provisions(first: 100) { nodes { title mappings { nodes { provision { ref } } } } } }')).toBe(10201);
  });

  it('counts nodes(ids:) one object per id', () => {
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3);
  });
});

describe('tokenLimitMessage', () => {
  it("recognises graphql-js's token limit error, in either wording", () => {
    expect(tokenLimitMessage('Syntax Error: Document contains more that 60 tokens. Parsing aborted.')).toMatchObject({ limit: 60 });
    expect(tokenLimitMessage('Syntax Error: Document contains more than 60 tokens. Parsing aborted.')).toMatchObject({ limit: 60 });
    expect(tokenLimitMessage('Syntax Error: Expected Name, found "}".')).toBeNull();
  });
});
