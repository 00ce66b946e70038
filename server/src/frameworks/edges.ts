import type { EdgeSpec } from '../common/queries.js';

/** A provision's crosswalk mappings, both directions, strongest first. */
export const PROVISION_MAPPINGS: EdgeSpec = {
  key: 'Provision.mappings',
  parent: 'Provision',
  type: 'MAPS_TO',
  direction: 'both',
  filters: {
    relationship: (p) => `r.relationship IN $${p}`,
    direction: (p) => `(outgoing = ($${p} = 'OUTGOING'))`,
    minStrength: (p) => `r.strength >= $${p}`,
  },
  order: 'r.strength DESC, o.position ASC, o.id ASC',
};

/** The organisation's controls linked to a provision. */
export const PROVISION_SATISFIED_BY: EdgeSpec = {
  key: 'Provision.satisfiedBy',
  parent: 'Provision',
  type: 'SATISFIES',
  direction: 'in',
  filters: {},
  order: 'r.strength DESC, o.code ASC, o.id ASC',
};
