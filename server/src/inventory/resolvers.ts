import { AI_SYSTEM, MODEL, RELATIONS, VENDOR } from '../common/entities.js';
import { booleanOrFalse, listField, listOrEmpty, oneField, relationField } from '../common/resolve.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { written } from '../common/mutation-resolve.js';
import {
  createAISystem,
  createModel,
  createVendor,
  deleteAISystem,
  deleteModel,
  deleteVendor,
  setBaseModel,
  setModelVendor,
  setSystemControls,
  setSystemModels,
  setSystemVendors,
  updateAISystem,
  updateModel,
  updateVendor,
} from './mutations.js';

export const inventoryResolvers: Resolvers = {
  Query: {
    aiSystems: listField(AI_SYSTEM),
    models: listField(MODEL),
    vendors: listField(VENDOR),
  },
  Mutation: {
    createAISystem: (_parent, { input }, context) => written(context, createAISystem(context.db, input)),
    updateAISystem: (_parent, { id, input }, context) => written(context, updateAISystem(context.db, id, input)),
    deleteAISystem: (_parent, { id, force }, context) => written(context, deleteAISystem(context.db, id, force ?? false)),
    createModel: (_parent, { input }, context) => written(context, createModel(context.db, input)),
    updateModel: (_parent, { id, input }, context) => written(context, updateModel(context.db, id, input)),
    deleteModel: (_parent, { id, force }, context) => written(context, deleteModel(context.db, id, force ?? false)),
    createVendor: (_parent, { input }, context) => written(context, createVendor(context.db, input)),
    updateVendor: (_parent, { id, input }, context) => written(context, updateVendor(context.db, id, input)),
    deleteVendor: (_parent, { id, force }, context) => written(context, deleteVendor(context.db, id, force ?? false)),
    setSystemModels: (_parent, { systemId, modelIds }, context) => written(context, setSystemModels(context.db, systemId, modelIds)),
    setSystemVendors: (_parent, { systemId, vendorIds }, context) => written(context, setSystemVendors(context.db, systemId, vendorIds)),
    setSystemControls: (_parent, { systemId, controlIds }, context) =>
      written(context, setSystemControls(context.db, systemId, controlIds)),
    setModelVendor: (_parent, { modelId, vendorId }, context) => written(context, setModelVendor(context.db, modelId, vendorId)),
    setBaseModel: (_parent, { modelId, baseModelId }, context) => written(context, setBaseModel(context.db, modelId, baseModelId)),
  },
  AISystem: {
    roles: listOrEmpty<never>('roles'),
    transparencyTriggers: listOrEmpty<never>('transparencyTriggers'),
    gpaiBased: booleanOrFalse('gpaiBased'),
    flaggedForReview: booleanOrFalse('flaggedForReview'),
    article25Triggers: listOrEmpty<never>('article25Triggers'),
    models: relationField(RELATIONS.systemModels),
    vendors: relationField(RELATIONS.systemVendors),
    controls: relationField(RELATIONS.systemControls),
    owner: oneField(RELATIONS.systemOwner),
  },
  Model: {
    gpai: booleanOrFalse('gpai'),
    systemicRisk: booleanOrFalse('systemicRisk'),
    openWeights: booleanOrFalse('openWeights'),
    vendor: oneField(RELATIONS.modelVendor),
    baseModel: oneField(RELATIONS.modelBase),
    derivedModels: relationField(RELATIONS.modelDerived),
    aiSystems: relationField(RELATIONS.modelSystems),
  },
  Vendor: {
    models: relationField(RELATIONS.vendorModels),
    aiSystems: relationField(RELATIONS.vendorSystems),
  },
};
