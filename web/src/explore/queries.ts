import { graphql } from '../gql/index.js';

// The Explore view's documents; `pnpm codegen` types them.

/** Seed nodes: just enough of each to draw it (the label fields of common/node-label.ts). */
export const ExploreSeeds = graphql(`
  query ExploreSeeds($ids: [ID!]!) {
    nodes(ids: $ids) {
      ...NodeLabelFields
    }
  }
`);

export const ExploreNeighborhood = graphql(`
  query ExploreNeighborhood($id: ID!, $depth: Int!, $limit: Int!) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      nodes {
        ...GraphNodeFields
      }
      edges {
        ...GraphEdgeFields
      }
      truncated
    }
  }
`);

/** The edges among everything on the canvas that no single answer held (seeds and several neighbourhoods). */
export const ExploreEdgesAmong = graphql(`
  query ExploreEdgesAmong($ids: [ID!]!) {
    edgesAmong(ids: $ids) {
      ...GraphEdgeFields
    }
  }
`);

export const ExploreNodeDetails = graphql(`
  query ExploreNodeDetails($id: ID!, $relationshipLimit: Int!) {
    nodeDetails(id: $id, relationshipLimit: $relationshipLimit) {
      node {
        ...GraphNodeFields
      }
      properties {
        key
        value
        values
      }
      relationships {
        edge {
          ...GraphEdgeFields
        }
        direction
        other {
          ...GraphNodeFields
        }
      }
      relationshipCount
      truncated
    }
  }
`);

/** Why a mapping or a control link holds: read from its source's list of them (there is no root field for one edge). */
export const ExploreEdgeRationale = graphql(`
  query ExploreEdgeRationale($source: ID!) {
    node(id: $source) {
      __typename
      id
      ... on Provision {
        mappings(first: 500, filter: { direction: OUTGOING }) {
          nodes {
            id
            rationale
            sources
            caveat
            strengthBasis
            actParagraph
            to {
              id
            }
          }
        }
      }
      ... on Control {
        satisfies(first: 500) {
          nodes {
            id
            rationale
            source
            target {
              id
            }
          }
        }
      }
    }
  }
`);
