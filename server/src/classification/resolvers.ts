import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import type { Loaders } from '../common/queries.js';
import { written } from '../common/mutation-resolve.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { assessmentsOfSystems, saveClassification, type AssessmentRow } from './assessments.js';
import { classify } from './classify.js';
import { QUESTIONS } from './questions.js';

// Keyed by the request's loaders, which a write replaces: assessments read after saveClassification
// are read afresh. Every system of a response shares one query.
const assessmentLoaders = new WeakMap<Loaders, DataLoader<string, AssessmentRow[]>>();

function assessmentLoader(context: Context): DataLoader<string, AssessmentRow[]> {
  let loader = assessmentLoaders.get(context.loaders);
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const byId = await assessmentsOfSystems(context.db, ids);
        return ids.map((id) => byId.get(id) ?? []);
      },
      { maxBatchSize: 1000 },
    );
    assessmentLoaders.set(context.loaders, loader);
  }
  return loader;
}

/** The questionnaire without the engine's predicates. */
const QUESTIONNAIRE = QUESTIONS.map(({ when: _when, ...question }) => question);

export const classificationResolvers: Resolvers = {
  Query: {
    classificationQuestions: () => QUESTIONNAIRE,
    classify: (_parent, { answers }) => classify(answers),
  },
  Mutation: {
    saveClassification: (_parent, { aiSystemId, answers }, context) =>
      written(context, saveClassification(context.db, { aiSystemId, answers, assessedBy: context.caller.actor, today: context.today })),
  },
  AISystem: {
    classificationAssessments: (parent, _args, context) => assessmentLoader(context).load(parent.id),
  },
};
