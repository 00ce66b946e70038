import { AI_SYSTEM, MODEL, RELATIONS, VENDOR } from '../common/entities.js';
import { booleanOrFalse, listField, listOrEmpty, oneField, relationField } from '../common/resolve.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const inventoryResolvers: Resolvers = {
  Query: {
    aiSystems: listField(AI_SYSTEM),
    models: listField(MODEL),
    vendors: listField(VENDOR),
  },
  AISystem: {
    roles: listOrEmpty<never>('roles'),
    transparencyTriggers: listOrEmpty<never>('transparencyTriggers'),
    gpaiBased: booleanOrFalse('gpaiBased'),
    flaggedForReview: booleanOrFalse('flaggedForReview'),
    publicAuthority: booleanOrFalse('publicAuthority'),
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
