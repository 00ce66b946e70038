import { graphql } from '../gql/index.js';

// The matrix reads the Act's provisions with their mappings (each mapping appears on both of its
// ends, so the Act side alone holds every Act↔ISO mapping, whichever way it is stored) and ISO's
// provisions for the columns and their groups. Both are paged through.

export const MATRIX_PAGE_SIZE = 200;
/** Mappings asked for with each provision (the reference data has at most 9 on one); more are paged in afterwards. */
export const MAPPINGS_PER_PROVISION = 50;

/**
 * A row or column of the matrix: a provision, where it stands, and its group.
 * @public Spread by name in documents; codegen reads the fragment from here.
 */
export const MatrixProvisionFields = graphql(`
  fragment MatrixProvisionFields on Provision {
    id
    ref
    title
    kind
    position
    grouping
    parent {
      id
    }
  }
`);

export const MatrixActProvisions = graphql(`
  query MatrixActProvisions($first: Int!, $after: String, $mappings: Int!) {
    provisions(first: $first, after: $after, filter: { framework: "eu-ai-act" }, orderBy: { field: POSITION }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MatrixProvisionFields
        mappings(first: $mappings) {
          totalCount
          nodes {
            ...MatrixMappingFields
          }
        }
      }
    }
  }
`);

/** @public Spread by name in documents; codegen reads the fragment from here. */
export const MatrixMappingFields = graphql(`
  fragment MatrixMappingFields on Mapping {
    id
    relationship
    strength
    rationale
    sources
    source
    actParagraph
    caveat
    strengthBasis
    from {
      id
    }
    to {
      id
    }
  }
`);

/** The rest of one provision's mappings, when it has more than came with it. */
export const MatrixMoreMappings = graphql(`
  query MatrixMoreMappings($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      ... on Provision {
        mappings(first: $first, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            ...MatrixMappingFields
          }
        }
      }
    }
  }
`);

export const MatrixIsoProvisions = graphql(`
  query MatrixIsoProvisions($first: Int!, $after: String) {
    provisions(first: $first, after: $after, filter: { framework: "iso42001" }, orderBy: { field: POSITION }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MatrixProvisionFields
      }
    }
  }
`);
