// The comparison server of `pnpm bench`, way (c): @neo4j/graphql generating a GraphQL API over the same
// database, from type definitions for the same labels and relationships (graph/README.md). Its enums
// are the SDL's, from the generated values, so both servers serialise the same vocabulary.
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import {
  ANNEX_III_AREA_VALUES,
  EVIDENCE_KIND_VALUES,
  IMPLEMENTATION_STATUS_VALUES,
  LIFECYCLE_STAGE_VALUES,
  MAPPING_RELATIONSHIP_VALUES,
  MODEL_TYPE_VALUES,
  OWNER_KIND_VALUES,
  PROVISION_KIND_VALUES,
  RISK_CLASS_VALUES,
  ROLE_VALUES,
  VENDOR_RISK_TIER_VALUES,
} from '../../src/generated/enums.js';

/** The enums the type definitions use, named as in the SDL. */
export const NEO4J_GRAPHQL_ENUMS: Record<string, readonly string[]> = {
  AnnexIIIArea: ANNEX_III_AREA_VALUES,
  EvidenceKind: EVIDENCE_KIND_VALUES,
  ImplementationStatus: IMPLEMENTATION_STATUS_VALUES,
  LifecycleStage: LIFECYCLE_STAGE_VALUES,
  MappingRelationship: MAPPING_RELATIONSHIP_VALUES,
  ModelType: MODEL_TYPE_VALUES,
  OwnerKind: OWNER_KIND_VALUES,
  ProvisionKind: PROVISION_KIND_VALUES,
  RiskClass: RISK_CLASS_VALUES,
  Role: ROLE_VALUES,
  VendorRiskTier: VENDOR_RISK_TIER_VALUES,
};

const enumBlocks = Object.entries(NEO4J_GRAPHQL_ENUMS)
  .map(([name, values]) => `  enum ${name} {\n${values.map((value) => `    ${value}`).join('\n')}\n  }`)
  .join('\n\n');

export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  ${enumBlocks}

  type Framework @node {
    id: ID!
    name: String!
    provisions: [Provision!]! @relationship(type: "PART_OF", direction: IN)
  }

  type Provision @node {
    id: ID!
    framework: String!
    kind: ProvisionKind!
    ref: String!
    title: String!
    parent: [Provision!]! @relationship(type: "PART_OF", direction: OUT)
    parts: [Provision!]! @relationship(type: "PART_OF", direction: IN)
    mapsTo: [Provision!]! @relationship(type: "MAPS_TO", direction: OUT, properties: "Mapping")
    mappedFrom: [Provision!]! @relationship(type: "MAPS_TO", direction: IN, properties: "Mapping")
    obligations: [Obligation!]! @relationship(type: "DERIVED_FROM", direction: IN)
    satisfiedBy: [Control!]! @relationship(type: "SATISFIES", direction: IN, properties: "Mapping")
  }

  type Mapping @relationshipProperties {
    relationship: MappingRelationship!
    strength: Int!
    rationale: String!
  }

  type Obligation @node {
    id: ID!
    code: String!
    summary: String!
    roles: [Role!]!
    riskClass: RiskClass!
    appliesFrom: Date!
    articles: [Provision!]! @relationship(type: "DERIVED_FROM", direction: OUT)
    satisfiedBy: [Control!]! @relationship(type: "SATISFIES", direction: IN, properties: "Mapping")
  }

  type Owner @node {
    id: ID!
    kind: OwnerKind!
    name: String!
    email: String
    teams: [Owner!]! @relationship(type: "MEMBER_OF", direction: OUT)
    members: [Owner!]! @relationship(type: "MEMBER_OF", direction: IN)
    aiSystems: [AISystem!]! @relationship(type: "OWNS", direction: OUT)
    controls: [Control!]! @relationship(type: "OWNS", direction: OUT)
    evidence: [Evidence!]! @relationship(type: "OWNS", direction: OUT)
  }

  type Vendor @node {
    id: ID!
    name: String!
    country: String
    riskTier: VendorRiskTier
    models: [Model!]! @relationship(type: "SUPPLIED_BY", direction: IN)
    aiSystems: [AISystem!]! @relationship(type: "SUPPLIED_BY", direction: IN)
  }

  type Model @node {
    id: ID!
    name: String!
    version: String
    modelType: ModelType!
    vendor: [Vendor!]! @relationship(type: "SUPPLIED_BY", direction: OUT)
    baseModel: [Model!]! @relationship(type: "FINE_TUNED_FROM", direction: OUT)
    derivedModels: [Model!]! @relationship(type: "FINE_TUNED_FROM", direction: IN)
    aiSystems: [AISystem!]! @relationship(type: "USES_MODEL", direction: IN)
  }

  type AISystem @node {
    id: ID!
    name: String!
    roles: [Role!]!
    riskClass: RiskClass!
    annexIIIArea: AnnexIIIArea
    lifecycleStage: LifecycleStage!
    models: [Model!]! @relationship(type: "USES_MODEL", direction: OUT)
    vendors: [Vendor!]! @relationship(type: "SUPPLIED_BY", direction: OUT)
    controls: [Control!]! @relationship(type: "GOVERNS", direction: IN)
    owner: [Owner!]! @relationship(type: "OWNS", direction: IN)
  }

  type Control @node {
    id: ID!
    code: String!
    name: String!
    category: String
    implementationStatus: ImplementationStatus
    satisfiesProvisions: [Provision!]! @relationship(type: "SATISFIES", direction: OUT, properties: "Mapping")
    satisfiesObligations: [Obligation!]! @relationship(type: "SATISFIES", direction: OUT, properties: "Mapping")
    aiSystems: [AISystem!]! @relationship(type: "GOVERNS", direction: OUT)
    evidence: [Evidence!]! @relationship(type: "SUPPORTS", direction: IN)
    owner: [Owner!]! @relationship(type: "OWNS", direction: IN)
  }

  type Evidence @node {
    id: ID!
    title: String!
    kind: EvidenceKind!
    collectedOn: Date!
    validUntil: Date!
    controls: [Control!]! @relationship(type: "SUPPORTS", direction: OUT)
    owner: [Owner!]! @relationship(type: "OWNS", direction: IN)
  }
`;

/** The generated executable schema, resolvers and all. */
export async function neo4jGraphQLSchema(driver: Driver): Promise<GraphQLSchema> {
  const library = new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver });
  return library.getSchema();
}
