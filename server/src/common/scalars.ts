import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import { codedError } from './errors.js';

// The standard scalars of graphql-scalars decide what a valid value is; these wrappers keep two things
// of ours. Values stay ISO strings inside the server (graphql-scalars' DateTime would hand resolvers
// JavaScript Date objects, which Cypher parameters and the applicability rules' string comparisons do
// not take), and a bad value is BAD_USER_INPUT with a message that says the expected form.

function accepts(check: (value: unknown) => unknown, value: unknown): boolean {
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
}

/** Whether text is a real calendar date in YYYY-MM-DD form (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  return accepts(LocalDateResolver.parseValue, text);
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw codedError('BAD_USER_INPUT', `Date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}.`);
  }
  return value;
}

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !accepts(DateTimeResolver.parseValue, value)) {
    throw codedError(
      'BAD_USER_INPUT',
      `DateTime must be ISO-8601 with a time and an offset (2026-08-02T00:00:00Z), got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

const stringLiteral = (ast: ValueNode): unknown => (ast.kind === Kind.STRING ? ast.value : undefined);

/** graphql-scalars' LocalDate under our name `Date`. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, ISO-8601 (YYYY-MM-DD).',
  serialize: (value) => LocalDateResolver.serialize(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(stringLiteral(ast)),
});

/** graphql-scalars' DateTime for what it accepts; answered as stored (Neo4j's ISO-8601 text, its offset kept). */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A point in time, ISO-8601 with offset.',
  serialize: (value) => String(value),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast)),
});

/** graphql-scalars' JSONObject (the audit trail's node snapshots). */
export const JSONObjectScalar = JSONObjectResolver;
