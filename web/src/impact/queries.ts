import { graphql } from '../gql/index.js';
import type { ImpactOfQuery, WhatIfRemovedQuery } from '../gql/graphql.js';

// The impact view's two questions: what a change touches (`impact`), and what coverage would look
// like without the changed node (`whatIf`, computed without writing anything).

export const ImpactOf = graphql(`
  query ImpactOf($of: ID!, $maxDepth: Int, $limit: Int) {
    impact(of: $of, maxDepth: $maxDepth, limit: $limit) {
      of {
        __typename
        id
        ... on Vendor {
          name
        }
        ... on Model {
          name
        }
        ... on Control {
          code
          name
        }
        ... on Evidence {
          title
        }
      }
      counts {
        aiSystems
        obligations
        controls
        evidence
        owners
      }
      truncated
      aiSystems {
        ...ImpactItem
      }
      obligations {
        ...ImpactItem
      }
      controls {
        ...ImpactItem
      }
      evidence {
        ...ImpactItem
      }
      owners {
        ...ImpactItem
      }
    }
  }

  fragment ImpactItem on ImpactedNode {
    node {
      __typename
      id
      ... on AISystem {
        riskClass
      }
      ... on Obligation {
        summary
      }
    }
    relationship
    coverage
    strength
    path {
      nodes {
        ...GraphNodeFields
      }
      edges {
        ...GraphEdgeFields
      }
    }
  }
`);

export const WhatIfRemoved = graphql(`
  query WhatIfRemoved($removeIds: [ID!]!) {
    whatIf(removeIds: $removeIds) {
      removed {
        id
      }
      changedRows
      droppedRows
      systems {
        aiSystem {
          id
          name
          riskClass
        }
        removed
        changes {
          obligation {
            id
            code
            summary
          }
          before
          after
        }
        dropped {
          id
          code
          summary
        }
        before {
          ...GapStatusCounts
        }
        after {
          ...GapStatusCounts
        }
      }
    }
  }
`);

export type Impact = ImpactOfQuery['impact'];
export type ImpactItem = Impact['aiSystems'][number];
export type ImpactPath = ImpactItem['path'];
export type WhatIf = WhatIfRemovedQuery['whatIf'];

/** How far from the changed node the impact looks, and how many items each list holds at most. */
export const IMPACT_MAX_DEPTH = 4;
export const IMPACT_LIMIT = 500;
