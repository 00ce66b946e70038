import type { Context } from '../context.js';
import type { EntitySpec, RelationSpec } from './entities.js';
import { listNodes, type EdgeSpec, type ListArgs, type NodeRow } from './queries.js';

// Thin resolvers: each is one call into the data layer (common/queries.ts) through the context.

export const listField = (spec: EntitySpec) => (_parent: unknown, args: ListArgs, context: Context) =>
  listNodes(context.db, spec, args, context.today);

export const relationField = (relation: RelationSpec) => (parent: NodeRow, args: ListArgs, context: Context) =>
  context.loaders.relation(relation, args).load(parent.id);

export const oneField = (relation: RelationSpec) => (parent: NodeRow, _args: unknown, context: Context) =>
  context.loaders.one(relation, parent.id);

export const edgeField = (spec: EdgeSpec) => (parent: NodeRow, args: ListArgs, context: Context) =>
  context.loaders.edges(spec, args).load(parent.id);

/** List properties absent on a node read as empty lists, booleans as false. */
export const listOrEmpty =
  <T = string>(property: string) =>
  (parent: NodeRow): T[] =>
    (parent[property] as T[] | null) ?? [];
export const booleanOrFalse = (property: string) => (parent: NodeRow) => (parent[property] as boolean | null) ?? false;
