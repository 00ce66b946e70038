import { graphql } from '../gql/index.js';

/**
 * What the "Outcome so far" panel and a saved assessment show of a result.
 * @public Spread by name in documents; codegen reads the fragment from here.
 */
export const ClassificationOutcomeFields = graphql(`
  fragment ClassificationOutcomeFields on ClassificationResult {
    riskClass
    outOfScope
    highRiskBasis
    annexISection
    annexIIIArea
    annexIIIPoint
    article6_3Derogation
    prohibitedPractices
    transparencyTriggers
    gpai
    systemicRisk
    roles
    article25Triggers
    steps {
      questionId
      question
      answer
      article
      effect
    }
    openQuestions
    complete
  }
`);

/**
 * One saved assessment, for the history list and the prefill.
 * @public Spread by name in documents; codegen reads the fragment from here.
 */
export const ClassificationAssessmentFields = graphql(`
  fragment ClassificationAssessmentFields on ClassificationAssessment {
    id
    assessedAt
    assessedBy
    current
    answers {
      questionId
      value
      values
    }
    result {
      ...ClassificationOutcomeFields
    }
  }
`);

/** The questionnaire, in order. */
export const ClassificationQuestionsQuery = graphql(`
  query ClassificationQuestions {
    classificationQuestions {
      id
      section
      text
      help
      article
      kind
      options {
        value
        label
        article
      }
      shownWhen
    }
  }
`);

/** The system being classified, with its saved assessments (newest first). */
export const ClassifySystemQuery = graphql(`
  query ClassifySystem($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on AISystem {
        name
        riskClass
        roles
        classificationAssessments {
          ...ClassificationAssessmentFields
        }
      }
    }
  }
`);

/** The outcome for the answers so far (the server writes nothing). */
export const ClassifyQuery = graphql(`
  query Classify($answers: [ClassificationAnswerInput!]!) {
    classify(answers: $answers) {
      ...ClassificationOutcomeFields
    }
  }
`);

/** Saves the answers as the system's new assessment; the earlier ones stay as history. */
export const SaveClassificationMutation = graphql(`
  mutation SaveClassification($aiSystemId: ID!, $answers: [ClassificationAnswerInput!]!) {
    saveClassification(aiSystemId: $aiSystemId, answers: $answers) {
      ...ClassificationAssessmentFields
      aiSystem {
        id
        riskClass
        roles
        annexIIIPoint
        classifiedOn
        classificationAssessments {
          id
          current
        }
      }
    }
  }
`);

/** The AI systems to pick from when the link names none. */
export const ClassifySystemsQuery = graphql(`
  query ClassifySystems($first: Int) {
    aiSystems(first: $first, orderBy: { field: NAME }) {
      totalCount
      nodes {
        id
        name
        riskClass
      }
    }
  }
`);
