// One successful call of every mutation of the API, in an order where each finds what it needs
// (created by the calls before it), ending with the graph as it was: the audit and role tests run it.

export interface ScenarioStep {
  /** The Mutation field this step calls. */
  operation: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Node ids the step's audit event must name (besides possibly others). */
  touches: string[];
}

const S = 'audit-scenario';
export const SCENARIO_IDS = {
  vendor: `vendor:${S}`,
  model: `model:${S}`,
  baseModel: `model:${S}-base`,
  system: `system:${S}`,
  person: `owner:${S}-person`,
  team: `owner:${S}-team`,
  control: `control:${S}`,
  evidence: `evidence:${S}`,
  provision: 'eu-ai-act:art-9',
};
const ids = SCENARIO_IDS;

/** The steps; `apiKeyId` is filled in by the caller once createApiKey has answered. */
export function mutationScenario(apiKeyId: () => string): ScenarioStep[] {
  return [
    {
      operation: 'createVendor',
      query: `mutation { createVendor(input: { id: "${ids.vendor}", name: "Scenario vendor" }) { id } }`,
      touches: [ids.vendor],
    },
    {
      operation: 'updateVendor',
      query: `mutation { updateVendor(id: "${ids.vendor}", input: { country: "NL" }) { id } }`,
      touches: [ids.vendor],
    },
    {
      operation: 'createModel',
      query: `mutation { createModel(input: { id: "${ids.model}", name: "Scenario model", modelType: CLASSIFIER }) { id } }`,
      touches: [ids.model],
    },
    {
      operation: 'createModel',
      query: `mutation { createModel(input: { id: "${ids.baseModel}", name: "Scenario base model", modelType: CLASSIFIER }) { id } }`,
      touches: [ids.baseModel],
    },
    {
      operation: 'updateModel',
      query: `mutation { updateModel(id: "${ids.model}", input: { version: "2" }) { id } }`,
      touches: [ids.model],
    },
    {
      operation: 'setModelVendor',
      query: `mutation { setModelVendor(modelId: "${ids.model}", vendorId: "${ids.vendor}") { id } }`,
      touches: [ids.model, ids.vendor],
    },
    {
      operation: 'setBaseModel',
      query: `mutation { setBaseModel(modelId: "${ids.model}", baseModelId: "${ids.baseModel}") { id } }`,
      touches: [ids.model, ids.baseModel],
    },
    {
      operation: 'createAISystem',
      query: `mutation { createAISystem(input: { id: "${ids.system}", name: "Scenario system", roles: [DEPLOYER], riskClass: MINIMAL, lifecycleStage: DEPLOYED }) { id } }`,
      touches: [ids.system],
    },
    {
      operation: 'updateAISystem',
      query: `mutation { updateAISystem(id: "${ids.system}", input: { intendedPurpose: "Audit scenario" }) { id } }`,
      touches: [ids.system],
    },
    {
      operation: 'saveClassification',
      query: `mutation { saveClassification(aiSystemId: "${ids.system}", answers: [{ questionId: "scope.military", value: "YES" }]) { id } }`,
      touches: [ids.system],
    },
    {
      operation: 'setSystemModels',
      query: `mutation { setSystemModels(systemId: "${ids.system}", modelIds: ["${ids.model}"]) { id } }`,
      touches: [ids.system, ids.model],
    },
    {
      operation: 'setSystemVendors',
      query: `mutation { setSystemVendors(systemId: "${ids.system}", vendorIds: ["${ids.vendor}"]) { id } }`,
      touches: [ids.system, ids.vendor],
    },
    {
      operation: 'createOwner',
      query: `mutation { createOwner(input: { id: "${ids.person}", kind: PERSON, name: "Scenario person" }) { id } }`,
      touches: [ids.person],
    },
    {
      operation: 'createOwner',
      query: `mutation { createOwner(input: { id: "${ids.team}", kind: TEAM, name: "Scenario team" }) { id } }`,
      touches: [ids.team],
    },
    {
      operation: 'updateOwner',
      query: `mutation { updateOwner(id: "${ids.person}", input: { jobTitle: "Scenario lead" }) { id } }`,
      touches: [ids.person],
    },
    {
      operation: 'addTeamMember',
      query: `mutation { addTeamMember(personId: "${ids.person}", teamId: "${ids.team}") { id } }`,
      touches: [ids.person, ids.team],
    },
    {
      operation: 'removeTeamMember',
      query: `mutation { removeTeamMember(personId: "${ids.person}", teamId: "${ids.team}") { id } }`,
      touches: [ids.person, ids.team],
    },
    {
      operation: 'createControl',
      query: `mutation { createControl(input: { id: "${ids.control}", code: "AUD-SCN-01", name: "Scenario control" }) { id } }`,
      touches: [ids.control],
    },
    {
      operation: 'updateControl',
      query: `mutation { updateControl(id: "${ids.control}", input: { name: "Scenario control, renamed" }) { id } }`,
      touches: [ids.control],
    },
    {
      operation: 'setSystemControls',
      query: `mutation { setSystemControls(systemId: "${ids.system}", controlIds: ["${ids.control}"]) { id } }`,
      touches: [ids.system, ids.control],
    },
    {
      operation: 'linkControl',
      query: `mutation { linkControl(controlId: "${ids.control}", targetId: "${ids.provision}", relationship: INTERSECTS_WITH, strength: 5, rationale: "scenario") { strength } }`,
      touches: [ids.control, ids.provision],
    },
    {
      operation: 'unlinkControl',
      query: `mutation { unlinkControl(controlId: "${ids.control}", targetId: "${ids.provision}") }`,
      touches: [ids.control, ids.provision],
    },
    {
      operation: 'createEvidence',
      query: `mutation { createEvidence(input: { id: "${ids.evidence}", title: "Scenario evidence", kind: TEST_REPORT, collectedOn: "2026-01-01", validUntil: "2027-01-01" }) { id } }`,
      touches: [ids.evidence],
    },
    {
      operation: 'updateEvidence',
      query: `mutation { updateEvidence(id: "${ids.evidence}", input: { location: "https://example.org/scenario" }) { id } }`,
      touches: [ids.evidence],
    },
    {
      operation: 'attachEvidence',
      query: `mutation { attachEvidence(evidenceId: "${ids.evidence}", controlId: "${ids.control}") { id } }`,
      touches: [ids.evidence, ids.control],
    },
    {
      operation: 'detachEvidence',
      query: `mutation { detachEvidence(evidenceId: "${ids.evidence}", controlId: "${ids.control}") { id } }`,
      touches: [ids.evidence, ids.control],
    },
    {
      operation: 'setOwner',
      query: `mutation { setOwner(nodeId: "${ids.control}", ownerId: "${ids.person}") { id } }`,
      touches: [ids.control, ids.person],
    },
    {
      operation: 'createApiKey',
      query: `mutation { createApiKey(input: { name: "scenario key", role: VIEWER }) { key apiKey { id } } }`,
      touches: [],
    },
    {
      operation: 'revokeApiKey',
      query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
      get variables() {
        return { id: apiKeyId() };
      },
      touches: [],
    },
    {
      operation: 'recordAmendmentInForce',
      query:
        'mutation { recordAmendmentInForce(id: "amendment:digital-omnibus-ai", inForceSince: "2026-07-24", officialJournal: "OJ L, scenario") { inForce } }',
      touches: ['amendment:digital-omnibus-ai'],
    },
    {
      operation: 'clearAmendmentInForce',
      query: 'mutation { clearAmendmentInForce(id: "amendment:digital-omnibus-ai") { inForce } }',
      touches: ['amendment:digital-omnibus-ai'],
    },
    { operation: 'deleteEvidence', query: `mutation { deleteEvidence(id: "${ids.evidence}") { deletedId } }`, touches: [ids.evidence] },
    {
      operation: 'deleteControl',
      query: `mutation { deleteControl(id: "${ids.control}", force: true) { deletedId } }`,
      touches: [ids.control, ids.system, ids.person],
    },
    { operation: 'deleteOwner', query: `mutation { deleteOwner(id: "${ids.person}", force: true) { deletedId } }`, touches: [ids.person] },
    { operation: 'deleteOwner', query: `mutation { deleteOwner(id: "${ids.team}") { deletedId } }`, touches: [ids.team] },
    {
      operation: 'deleteAISystem',
      query: `mutation { deleteAISystem(id: "${ids.system}", force: true) { deletedId } }`,
      touches: [ids.system, ids.model, ids.vendor],
    },
    {
      operation: 'deleteModel',
      query: `mutation { deleteModel(id: "${ids.model}", force: true) { deletedId } }`,
      touches: [ids.model, ids.vendor, ids.baseModel],
    },
    { operation: 'deleteModel', query: `mutation { deleteModel(id: "${ids.baseModel}") { deletedId } }`, touches: [ids.baseModel] },
    { operation: 'deleteVendor', query: `mutation { deleteVendor(id: "${ids.vendor}") { deletedId } }`, touches: [ids.vendor] },
  ];
}
