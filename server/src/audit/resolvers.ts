import { badUserInput } from '../common/errors.js';
import { JSONObjectScalar } from '../common/scalars.js';
import { forwardPage, toConnection } from '../common/paging.js';
import { checkLength } from '../common/validation.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { findAuditEvents } from './queries.js';

export const auditResolvers: Resolvers = {
  JSONObject: JSONObjectScalar,
  Query: {
    auditEvents: async (_parent, { filter, first, after }, { db }) => {
      const { skip, limit } = forwardPage({ first, after });
      for (const name of ['actor', 'nodeId', 'operation'] as const) {
        const value = filter?.[name];
        if (value != null) checkLength(name, value, 500, `filter.${name}`);
      }
      if (filter?.from && filter.to && new Date(filter.from) >= new Date(filter.to)) {
        throw badUserInput('filter.from must be before filter.to.', 'filter.to');
      }
      const { events, total } = await findAuditEvents(db, filter ?? {}, skip, limit);
      return toConnection(events, skip, total);
    },
  },
  AuditChange: {
    kind: (change) => change.label,
  },
};
