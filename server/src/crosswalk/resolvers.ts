import { coverageOf } from './composition.js';
import { controlsSatisfying, maxHopsArgument, satisfactionOfControls } from './reasoning.js';
import { evidenceSummaries } from '../evidence/summary.js';
import { notFound } from '../common/errors.js';
import type { NodeRow } from '../common/queries.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const crosswalkResolvers: Resolvers = {
  Query: {
    satisfaction: async (_parent, { controlId, maxHops, includeIndeterminate }, { db, loaders }) => {
      const hops = maxHopsArgument(maxHops);
      const control = await loaders.nodes.load(controlId);
      if (control?.__label !== 'Control') throw notFound(`No control with id "${controlId}".`, 'controlId');
      return satisfactionOfControls(db, [controlId], { maxHops: hops, includeIndeterminate: includeIndeterminate ?? false });
    },
    controlsFor: async (_parent, { id, maxHops, includeIndeterminate }, { db, loaders, today }) => {
      const hops = maxHopsArgument(maxHops);
      const target = await loaders.nodes.load(id);
      if (target?.__label !== 'Provision' && target?.__label !== 'Obligation') {
        throw notFound(`No provision or obligation with id "${id}".`, 'id');
      }
      const results = await controlsSatisfying(db, id, { maxHops: hops, includeIndeterminate: includeIndeterminate ?? false });
      const evidence = await evidenceSummaries(db, [...new Set(results.map((result) => result.controlId))], today);
      return results.map((satisfaction) => ({
        controlId: satisfaction.controlId,
        satisfaction,
        evidence: evidence.get(satisfaction.controlId)!,
      }));
    },
  },
  Satisfaction: {
    control: (result, _args, { loaders }) => loaders.nodes.load(result.controlId) as Promise<NodeRow>,
    target: (result, _args, { loaders }) => loaders.nodes.load(result.targetId) as Promise<NodeRow>,
    coverage: (result) => coverageOf(result.relationship),
    relationship: (result) => result.relationship as never,
    paths: (result) => result.paths as never,
  },
  ControlCoverage: {
    control: (row, _args, { loaders }) => loaders.nodes.load(row.controlId) as Promise<NodeRow>,
  },
};
