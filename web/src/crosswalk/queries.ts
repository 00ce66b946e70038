import { graphql } from '../gql/index.js';

// The crosswalk view's two questions. Paths come with every result, so hovering or clicking one
// explains it without another round trip.

/**
 * How a control reaches a target, and every path that explains it: both questions show the same.
 * @public Spread by name in documents; codegen reads the fragment from here.
 */
export const CrosswalkReasoning = graphql(`
  fragment CrosswalkReasoning on Satisfaction {
    relationship
    strength
    coverage
    direct
    hops
    paths {
      relationship
      strength
      nodes {
        ...GraphNodeFields
      }
      edges {
        ...GraphEdgeFields
      }
    }
  }
`);

/**
 * A provision or obligation a control satisfies: its label fields, and an obligation's summary.
 * @public Spread by name in documents; codegen reads the fragment from here.
 */
export const CrosswalkTargetFields = graphql(`
  fragment CrosswalkTargetFields on Node {
    ...NodeLabelFields
    ... on Obligation {
      summary
    }
  }
`);

export const ControlSatisfaction = graphql(`
  query CrosswalkControlSatisfaction($controlId: ID!, $maxHops: Int, $includeIndeterminate: Boolean) {
    subject: node(id: $controlId) {
      __typename
      id
      ... on Control {
        code
        name
        description
        implementationStatus
      }
    }
    satisfaction(controlId: $controlId, maxHops: $maxHops, includeIndeterminate: $includeIndeterminate) {
      target {
        ...CrosswalkTargetFields
      }
      ...CrosswalkReasoning
    }
  }
`);

export const TargetControls = graphql(`
  query CrosswalkTargetControls($id: ID!, $maxHops: Int, $includeIndeterminate: Boolean) {
    subject: node(id: $id) {
      ...CrosswalkTargetFields
    }
    controlsFor(id: $id, maxHops: $maxHops, includeIndeterminate: $includeIndeterminate) {
      control {
        __typename
        id
        code
        name
        implementationStatus
      }
      satisfaction {
        ...CrosswalkReasoning
      }
      evidence {
        ...EvidenceSummaryFields
      }
    }
  }
`);
