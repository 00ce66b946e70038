import {
  GraphQLError,
  GraphQLObjectType,
  GraphQLScalarType,
  buildASTSchema,
  defaultFieldResolver,
  parse,
  type GraphQLFieldResolver,
} from 'graphql';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { codedError } from '../common/errors.js';
import { allowedRoles, type Allowed } from './roles.js';

// Authorisation lives here, in the API layer, for every field: the SDL is walked once at start and
// every field the policy (roles.ts) names — and every mutation — gets a check before its resolver.
// A refused mutation stops before its resolver, so nothing is written and no audit event is made.

type ResolverMap = Record<string, unknown>;
type FieldResolver = GraphQLFieldResolver<unknown, Context, Record<string, unknown>>;

function describe(type: string, field: string): string {
  return type === 'Mutation' ? `the mutation ${field}` : type === 'Query' ? `the query ${field}` : `${type}.${field}`;
}

function forbidden(type: string, field: string, allowed: Allowed, role: string): GraphQLError {
  return codedError('FORBIDDEN', `Your role ${role} may not use ${describe(type, field)}; it needs ${allowed.join(' or ')}.`, {
    field,
    requiredRoles: [...allowed],
  });
}

/** A caller without a key (anonymous loopback read) has no role to refuse: it is asked for a key. */
function keyRequired(type: string, field: string, allowed: Allowed): GraphQLError {
  return codedError(
    'UNAUTHENTICATED',
    `Without a key this API only reads; ${describe(type, field)} needs a key of role ${allowed.join(' or ')}: send Authorization: Bearer <key>.`,
    { field, requiredRoles: [...allowed] },
  );
}

/** The guard of one field: the caller's role must be allowed; a mutation's name becomes the audit event's operation. */
function guard(type: string, field: string, allowed: Allowed, resolve: FieldResolver): FieldResolver {
  return (parent, args, context, info) => {
    const { caller } = context;
    if (caller.kind === 'ANONYMOUS' && !allowed.includes(caller.role)) throw keyRequired(type, field, allowed);
    if (!allowed.includes(caller.role)) throw forbidden(type, field, allowed, caller.role);
    if (type === 'Mutation') context.db.operation = field;
    return resolve(parent, args, context, info);
  };
}

/** The resolver maps of the domains merged into one, every field the policy names wrapped in its guard. */
export function applyFieldPolicy(typeDefs: readonly string[], resolverMaps: readonly Resolvers[]): Resolvers {
  const merged: Record<string, unknown> = {};
  for (const map of resolverMaps) {
    for (const [type, fields] of Object.entries(map)) {
      // Scalars are objects of their own; a type's field resolvers merge across domains.
      merged[type] = fields instanceof GraphQLScalarType ? fields : { ...(merged[type] ?? {}), ...(fields as ResolverMap) };
    }
  }
  const schema = buildASTSchema(parse(typeDefs.join('\n')), { assumeValidSDL: true });
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.keys(type.getFields())) {
      const allowed = allowedRoles(type.name, field);
      if (!allowed) continue;
      const fields = (merged[type.name] as ResolverMap | undefined) ?? {};
      const current = fields[field];
      const resolve = (
        typeof current === 'function' ? current : ((current as { resolve?: FieldResolver } | undefined)?.resolve ?? defaultFieldResolver)
      ) as FieldResolver;
      fields[field] = guard(type.name, field, allowed, resolve);
      merged[type.name] = fields;
    }
  }
  return merged as Resolvers;
}
