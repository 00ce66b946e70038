import type { Context } from '../context.js';
import { Loaders } from './queries.js';

/**
 * Awaits a write, then gives the request fresh loaders: the fields of its result (and of any later
 * mutation in the same request) are read after the write, never from a cache filled before it.
 */
export async function written<T>(context: Context, write: Promise<T>): Promise<T> {
  const result = await write;
  context.loaders = new Loaders(context.db, context.today);
  return result;
}
