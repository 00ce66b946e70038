import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { inputFieldOfVariableError, withInputField } from './input-errors.js';
import { DateScalar } from './scalars.js';

const schema = buildSchema(`
  scalar Date
  enum Kind { A B }
  input Thing { name: String!, kind: Kind, on: Date, tags: [Kind!] }
  type Query { ok: Boolean }
  type Mutation { make(input: Thing!, strength: Int!, ids: [ID!]): Boolean }
`);
Object.assign(schema.getType('Date')!, { parseValue: DateScalar.parseValue, parseLiteral: DateScalar.parseLiteral });

/** The field withInputField gives the first error of running `source` with `variables`. */
async function fieldOf(source: string, variables: Record<string, unknown>): Promise<unknown> {
  const result = await graphql({ schema, source, variableValues: variables });
  const error = result.errors![0]!;
  const formatted = withInputField({ ...error.toJSON(), extensions: { code: 'BAD_USER_INPUT' } }, error);
  return formatted.extensions?.field;
}

const MAKE = 'mutation ($in: Thing!, $s: Int!) { make(input: $in, strength: $s) }';

describe('withInputField', () => {
  it('names the argument path of a variable GraphQL refused', async () => {
    expect(await fieldOf(MAKE, { in: { name: 'x', on: '2026-02-30' }, s: 1 })).toBe('input.on');
    expect(await fieldOf(MAKE, { in: { name: 'x', kind: 'C' }, s: 1 })).toBe('input.kind');
    expect(await fieldOf(MAKE, { in: { name: 'x', tags: ['A', 'C'] }, s: 1 })).toBe('input.tags.1');
    expect(await fieldOf(MAKE, { in: { kind: 'A' }, s: 1 })).toBe('input.name');
    expect(await fieldOf(MAKE, { in: { name: 'x', extra: 1 }, s: 1 })).toBe('input.extra');
    expect(await fieldOf(MAKE, { in: { name: 'x' }, s: 1.5 })).toBe('strength');
    expect(await fieldOf(MAKE, { in: { name: 'x' } })).toBe('strength');
  });

  it('follows variables nested in literals', async () => {
    expect(await fieldOf('mutation ($d: Date) { make(input: {name: "x", on: $d}, strength: 1) }', { d: 'soon' })).toBe('input.on');
    expect(await fieldOf('mutation ($i: ID!) { make(input: {name: "x"}, strength: 1, ids: ["a", $i]) }', {})).toBe('ids.1');
  });

  it('leaves other errors alone', () => {
    const formatted = { message: 'Something else', extensions: { code: 'BAD_USER_INPUT' } };
    expect(withInputField(formatted, undefined)).toBe(formatted);
    const withField = { message: 'Variable "$x" got invalid value 1', extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } };
    expect(withInputField(withField, undefined)).toBe(withField);
    expect(inputFieldOfVariableError('Variable "$x" got invalid value 1; nope')).toBe('x');
  });
});
