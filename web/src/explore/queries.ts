import { graphql } from '../gql/index.js';

// The Explore view's documents; `pnpm codegen` types them.

/** Seed nodes: just enough of each to draw it (the label fields of common/node-label.ts). */
export const ExploreSeeds = graphql(`
  query ExploreSeeds($ids: [ID!]!) {
    nodes(ids: $ids) {
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
  }
`);

export const ExploreNeighborhood = graphql(`
  query ExploreNeighborhood($id: ID!, $depth: Int!, $limit: Int!) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      nodes {
        id
        kind
        label
      }
      edges {
        id
        source
        target
        type
        relationship
        strength
      }
      truncated
    }
  }
`);

/** The edges among everything on the canvas that no single answer held (seeds and several neighbourhoods). */
export const ExploreEdgesAmong = graphql(`
  query ExploreEdgesAmong($ids: [ID!]!) {
    edgesAmong(ids: $ids) {
      id
      source
      target
      type
      relationship
      strength
    }
  }
`);

export const ExploreNodeDetails = graphql(`
  query ExploreNodeDetails($id: ID!, $relationshipLimit: Int!) {
    nodeDetails(id: $id, relationshipLimit: $relationshipLimit) {
      node {
        id
        kind
        label
      }
      properties {
        key
        value
        values
      }
      relationships {
        edge {
          id
          source
          target
          type
          relationship
          strength
        }
        direction
        other {
          id
          kind
          label
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
