import { graphql } from '../gql/index.js';

// The fields every canvas draws, asked for the same way by every view's documents.

/** A node of a subgraph or path: what the canvas needs to draw it. */
export const GraphNodeFields = graphql(`
  fragment GraphNodeFields on GraphNode {
    id
    kind
    label
  }
`);

/** An edge of a subgraph or path: its ends, type, and for mappings the relationship and strength. */
export const GraphEdgeFields = graphql(`
  fragment GraphEdgeFields on GraphEdge {
    id
    source
    target
    type
    relationship
    strength
  }
`);

/** Any node's label fields (common/node-label.ts turns them into the label the API's GraphNode has). */
export const NodeLabelFields = graphql(`
  fragment NodeLabelFields on Node {
    __typename
    id
    ... on Provision {
      ref
      title
    }
    ... on Obligation {
      code
    }
    ... on Control {
      code
      name
    }
    ... on AISystem {
      name
    }
    ... on Model {
      name
    }
    ... on Vendor {
      name
    }
    ... on Owner {
      name
    }
    ... on Evidence {
      title
    }
    ... on Framework {
      name
    }
    ... on Milestone {
      what
    }
    ... on LegislativeNote {
      code
    }
  }
`);

/** How current a control's evidence is (counts by freshness, and the freshest). */
export const EvidenceSummaryFields = graphql(`
  fragment EvidenceSummaryFields on EvidenceSummary {
    current
    expiring
    expired
    total
    best
  }
`);
