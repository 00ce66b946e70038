import type { Context } from '../context.js';
import { createNode, deleteNode, updateNode, type NodeWrites } from './mutations.js';
import { Loaders } from './queries.js';
import type { PropertyValues } from './validation.js';

/**
 * Awaits a write, then gives the request fresh loaders: the fields of its result (and of any later
 * mutation in the same request) are read after the write, never from a cache filled before it.
 */
export async function written<T>(context: Context, write: Promise<T>): Promise<T> {
  const result = await write;
  context.loaders = new Loaders(context.db, context.today);
  return result;
}

/** createX, updateX and deleteX of the SDL's shape (`input`; `id, input`; `id, force`) for one label's writes table. */
export function nodeMutations<Type extends string>(type: Type, writes: NodeWrites) {
  return {
    [`create${type}`]: (_parent: unknown, { input }: { input: PropertyValues }, context: Context) =>
      written(context, createNode(context.db, writes, input)),
    [`update${type}`]: (_parent: unknown, { id, input }: { id: string; input: PropertyValues }, context: Context) =>
      written(context, updateNode(context.db, writes, id, input)),
    [`delete${type}`]: (_parent: unknown, { id, force }: { id: string; force?: boolean | null }, context: Context) =>
      written(context, deleteNode(context.db, writes, id, force ?? false)),
  } as {
    [Name in `create${Type}`]: (_parent: unknown, args: { input: PropertyValues }, context: Context) => ReturnType<typeof createNode>;
  } & {
    [Name in `update${Type}`]: (
      _parent: unknown,
      args: { id: string; input: PropertyValues },
      context: Context,
    ) => ReturnType<typeof updateNode>;
  } & {
    [Name in `delete${Type}`]: (
      _parent: unknown,
      args: { id: string; force?: boolean | null },
      context: Context,
    ) => ReturnType<typeof deleteNode>;
  };
}
