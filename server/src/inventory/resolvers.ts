import { AI_SYSTEM, MODEL, RELATIONS, VENDOR } from '../common/entities.js';
import { booleanOrFalse, listField, listOrEmpty, oneField, relationField } from '../common/resolve.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { nodeMutations, written } from '../common/mutation-resolve.js';
import {
  AI_SYSTEM_WRITES,
  MODEL_WRITES,
  VENDOR_WRITES,
  setBaseModel,
  setModelVendor,
  setSystemControls,
  setSystemModels,
  setSystemVendors,
} from './mutations.js';

export const inventoryResolvers: Resolvers = {
  Query: {
    aiSystems: listField(AI_SYSTEM),
    models: listField(MODEL),
    vendors: listField(VENDOR),
  },
  Mutation: {
    ...nodeMutations('AISystem', AI_SYSTEM_WRITES),
    ...nodeMutations('Model', MODEL_WRITES),
    ...nodeMutations('Vendor', VENDOR_WRITES),
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
