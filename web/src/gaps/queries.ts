import { graphql } from '../gql/index.js';

/**
 * How many obligations a summary line counts by status, and in all: the home page's example, the
 * gaps summary and the what-if comparison read the same counts.
 * @public Spread by name in documents; codegen reads the fragment from here.
 */
export const GapStatusCounts = graphql(`
  fragment GapStatusCounts on GapSummaryRow {
    covered
    partial
    staleEvidence
    uncovered
    total
  }
`);

/**
 * One line of the summary: the whole selection or one system.
 * @public Spread by name in documents; codegen reads the fragment from here.
 */
export const GapCountFields = graphql(`
  fragment GapCountFields on GapSummaryRow {
    key
    label
    ...GapStatusCounts
    coverageRatio
  }
`);

/** One page of gap rows; the summary only with the first page (it counts every row the filter keeps). */
export const GapRowsQuery = graphql(`
  query GapRows($aiSystemId: ID, $asOf: Date, $filter: GapFilter, $first: Int, $after: String, $withSummary: Boolean!) {
    gaps(aiSystemId: $aiSystemId, asOf: $asOf, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      summary @include(if: $withSummary) {
        total {
          ...GapCountFields
        }
        bySystem {
          ...GapCountFields
        }
      }
      nodes {
        id
        status
        role
        appliesFrom
        dateBasis
        legalStatus
        legalNote
        missingFacts
        reason
        aiSystem {
          id
          name
          riskClass
          owner {
            id
            name
          }
        }
        obligation {
          id
          code
          summary
          article {
            id
            ref
            title
          }
        }
        controls {
          relationship
          strength
          coverage
          direct
          control {
            id
            code
            name
          }
          evidence {
            ...EvidenceSummaryFields
          }
        }
      }
    }
  }
`);

/** The AI systems (for the system and owner selects, and the heading). */
export const GapSystemsQuery = graphql(`
  query GapSystems($first: Int, $after: String) {
    aiSystems(first: $first, after: $after, orderBy: { field: NAME }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        riskClass
        owner {
          id
          name
        }
      }
    }
  }
`);

/** What starts to apply in a date range (the "what starts to apply next" list). */
export const UpcomingObligationsQuery = graphql(`
  query UpcomingObligations($from: Date!, $to: Date!, $aiSystemId: ID) {
    obligationsApplyingBetween(from: $from, to: $to, aiSystemId: $aiSystemId) {
      appliesFrom
      dateBasis
      role
      aiSystem {
        id
        name
        riskClass
        owner {
          id
        }
      }
      obligation {
        id
        code
        summary
      }
    }
  }
`);
