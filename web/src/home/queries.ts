import { graphql } from '../gql/index.js';

/** The demo organisation's example nodes, by id (null for an id this graph does not hold). */
export const HomeExamplesQuery = graphql(`
  query HomeExamples($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Control {
        code
        name
      }
      ... on Vendor {
        name
      }
      ... on AISystem {
        name
      }
    }
  }
`);

/** How many of the example system's applicable obligations are not fully covered today. */
export const HomeSystemGapsQuery = graphql(`
  query HomeSystemGaps($aiSystemId: ID!) {
    gaps(aiSystemId: $aiSystemId, first: 1) {
      summary {
        total {
          ...GapStatusCounts
        }
      }
    }
  }
`);
