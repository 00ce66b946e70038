import type { CodegenConfig } from '@graphql-codegen/cli';

// One source of truth for types: the SDL under server/src/<domain>/*.graphql. `pnpm codegen`
// regenerates; `pnpm codegen:check` (part of `npm test`) fails when the committed output is stale.

// Resolvers receive rows from the data layer (server/src/common/queries.ts), not the SDL's shapes.
const nodeTypes = ['Framework', 'Provision', 'Obligation', 'Milestone', 'LegislativeNote', 'AISystem', 'Model', 'Vendor', 'Control', 'Evidence', 'Owner'];
const edgeTypes = ['Mapping', 'ControlLink'];
const rows = '../common/queries.js#';
const mappers: Record<string, string> = {};
for (const type of nodeTypes) {
  mappers[type] = `${rows}NodeRow`;
  mappers[`${type}Connection`] = `${rows}NodeConnection`;
  mappers[`${type}Edge`] = `${rows}NodeConnectionEdge`;
}
for (const type of edgeTypes) {
  mappers[type] = `${rows}EdgeRow`;
  mappers[`${type}Connection`] = `${rows}EdgeConnection`;
  mappers[`${type}Edge`] = `${rows}EdgeConnectionEdge`;
}

// Analytics results come from their data layers as plain objects.
mappers.Satisfaction = '../crosswalk/reasoning.js#SatisfactionResult';
mappers.ControlCoverage = '../crosswalk/reasoning.js#ControlCoverageResult';
mappers.ApplicableObligation = '../applicability/rules.js#Applicability';
mappers.ApplicableModelObligation = '../applicability/rules.js#Applicability';
mappers.Amendment = '../applicability/amendment.js#AmendmentRow';
mappers.GapRow = '../gaps/rows.js#GapRowResult';
mappers.GapEdge = '../gaps/rows.js#GapEdgeResult';
mappers.GapConnection = '../gaps/rows.js#GapConnectionResult';
mappers.GapControl = '../gaps/status.js#GapControlResult';
mappers.GapChange = '../gaps/rows.js#GapChangeResult';
mappers.WhatIfSystem = '../gaps/rows.js#WhatIfSystemResult';
mappers.WhatIfResult = '../gaps/coverage.js#WhatIfTable';
mappers.Impact = '../impact/analysis.js#ImpactResult';
mappers.ImpactedNode = '../impact/analysis.js#ImpactedNodeResult';
mappers.GraphNode = '../subgraph/graph-elements.js#GraphNode as GraphNodeModel';
mappers.GraphEdge = '../subgraph/graph-elements.js#GraphEdge as GraphEdgeModel';
mappers.GraphPath = '../subgraph/graph-elements.js#GraphPath as GraphPathModel';
mappers.Subgraph = '../subgraph/graph-elements.js#Subgraph as SubgraphModel';
mappers.ApiKey = '../auth/keys.js#ApiKeyRecord';
mappers.ApiKeyConnection = '../auth/keys.js#ApiKeyConnection as ApiKeyConnectionModel';
mappers.ApiKeyEdge = '../auth/keys.js#ApiKeyConnectionEdge';
mappers.CreatedApiKey = '../auth/keys.js#CreatedApiKeyResult';
mappers.AuditEvent = '../audit/queries.js#AuditEventRow';
mappers.AuditEventConnection = '../audit/queries.js#AuditEventConnection as AuditEventConnectionModel';
mappers.AuditEventEdge = '../audit/queries.js#AuditEventConnectionEdge';
mappers.AuditChange = '../audit/record.js#AuditChange as AuditChangeModel';

const config: CodegenConfig = {
  schema: 'server/src/**/*.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'server/src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.js#Context',
        useIndexSignature: true,
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        mappers,
      },
    },
    'web/src/gql/': {
      preset: 'client',
      // Components read the fields their documents ask for directly; no fragment masking.
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' } },
    },
  },
};

export default config;
