import { written } from '../common/mutation-resolve.js';
import { forwardPage, toConnection } from '../common/paging.js';
import { badUserInput } from '../common/errors.js';
import { checkLength } from '../common/validation.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { createApiKey, revokeApiKey } from './key-mutations.js';
import { listApiKeys } from './keys.js';

export const authResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, { caller }) => ({ actor: caller.actor, role: caller.role, kind: caller.kind }),
    apiKeys: async (_parent, { first, after }, { db }) => {
      const { skip, limit } = forwardPage({ first, after });
      const { keys, total } = await listApiKeys(db, skip, limit);
      return toConnection(keys, skip, total);
    },
  },
  Mutation: {
    createApiKey: (_parent, { input }, context) => {
      const name = input.name.trim();
      if (name === '') throw badUserInput('name must not be empty.', 'input.name');
      checkLength('name', name, 100, 'input.name');
      if (input.expiresAt && new Date(input.expiresAt) <= new Date())
        throw badUserInput('expiresAt must be in the future.', 'input.expiresAt');
      return written(
        context,
        createApiKey(context.db, { name, role: input.role, expiresAt: input.expiresAt ?? null, createdBy: context.caller.actor }),
      );
    },
    revokeApiKey: (_parent, { id }, context) => {
      if (!/^apikey:[0-9a-f]{12}$/.test(id)) throw badUserInput('id must be an API key id, apikey:<12 hex characters>.', 'id');
      return written(context, revokeApiKey(context.db, id));
    },
  },
  ApiKey: {
    active: (key) => !key.revokedAt && (!key.expiresAt || new Date(key.expiresAt) > new Date()),
  },
};
