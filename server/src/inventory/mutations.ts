import type { GraphExecutor } from '../db/executor.js';
import { badUserInput } from '../common/errors.js';
import { createNode, deleteNode, link, setLink, setLinks, updateNode, type NodeWrites } from '../common/mutations.js';
import type { PropertyValues } from '../common/validation.js';

// Writes to AI systems, models and vendors and the relationships between them (graph/README.md).

/** highRiskBasis only on HIGH_RISK systems, annexIIIArea only on ANNEX_III ones. */
function checkRiskFields(system: PropertyValues, changed: PropertyValues): void {
  if (system.highRiskBasis && system.riskClass !== 'HIGH_RISK') {
    throw badUserInput(
      'highRiskBasis is for HIGH_RISK systems only: clear it (null) or make riskClass HIGH_RISK.',
      'highRiskBasis' in changed ? 'input.highRiskBasis' : 'input.riskClass',
    );
  }
  if (system.annexIIIArea && system.highRiskBasis !== 'ANNEX_III') {
    throw badUserInput(
      'annexIIIArea is for systems whose highRiskBasis is ANNEX_III: clear it (null) or set that basis.',
      'annexIIIArea' in changed ? 'input.annexIIIArea' : 'input.highRiskBasis',
    );
  }
}

/** Systemic risk is a property of general-purpose models only. */
function checkSystemicRisk(model: PropertyValues, changed: PropertyValues): void {
  if (model.systemicRisk === true && model.gpai !== true) {
    throw badUserInput('systemicRisk applies to general-purpose (gpai) models only.', 'systemicRisk' in changed ? 'input.systemicRisk' : 'input.gpai');
  }
}

export const AI_SYSTEM_WRITES: NodeWrites = {
  label: 'AISystem',
  idFrom: 'name',
  dependents: [{ type: 'GOVERNS', direction: 'in', other: 'Control', what: 'controls governing it' }],
  check: checkRiskFields,
};

export const MODEL_WRITES: NodeWrites = {
  label: 'Model',
  idFrom: 'name',
  dependents: [
    { type: 'USES_MODEL', direction: 'in', other: 'AISystem', what: 'AI systems using it' },
    { type: 'FINE_TUNED_FROM', direction: 'in', other: 'Model', what: 'models fine-tuned from it' },
  ],
  check: checkSystemicRisk,
};

export const VENDOR_WRITES: NodeWrites = {
  label: 'Vendor',
  idFrom: 'name',
  dependents: [
    { type: 'SUPPLIED_BY', direction: 'in', other: 'Model', what: 'models it supplies' },
    { type: 'SUPPLIED_BY', direction: 'in', other: 'AISystem', what: 'AI systems it supplies' },
  ],
};

export const createAISystem = (db: GraphExecutor, input: PropertyValues) => createNode(db, AI_SYSTEM_WRITES, input);
export const updateAISystem = (db: GraphExecutor, id: string, input: PropertyValues) => updateNode(db, AI_SYSTEM_WRITES, id, input);
export const deleteAISystem = (db: GraphExecutor, id: string, force: boolean) => deleteNode(db, AI_SYSTEM_WRITES, id, force);
export const createModel = (db: GraphExecutor, input: PropertyValues) => createNode(db, MODEL_WRITES, input);
export const updateModel = (db: GraphExecutor, id: string, input: PropertyValues) => updateNode(db, MODEL_WRITES, id, input);
export const deleteModel = (db: GraphExecutor, id: string, force: boolean) => deleteNode(db, MODEL_WRITES, id, force);
export const createVendor = (db: GraphExecutor, input: PropertyValues) => createNode(db, VENDOR_WRITES, input);
export const updateVendor = (db: GraphExecutor, id: string, input: PropertyValues) => updateNode(db, VENDOR_WRITES, id, input);
export const deleteVendor = (db: GraphExecutor, id: string, force: boolean) => deleteNode(db, VENDOR_WRITES, id, force);

const SYSTEM_MODELS = link('AISystem', 'USES_MODEL', 'out', 'Model');
const SYSTEM_VENDORS = link('AISystem', 'SUPPLIED_BY', 'out', 'Vendor');
const SYSTEM_CONTROLS = link('AISystem', 'GOVERNS', 'in', 'Control');
const MODEL_VENDOR = link('Model', 'SUPPLIED_BY', 'out', 'Vendor');
const MODEL_BASE = link('Model', 'FINE_TUNED_FROM', 'out', 'Model');

export const setSystemModels = (db: GraphExecutor, systemId: string, modelIds: readonly string[]) =>
  setLinks(db, SYSTEM_MODELS, { id: systemId, field: 'systemId' }, { ids: modelIds, field: 'modelIds' });

export const setSystemVendors = (db: GraphExecutor, systemId: string, vendorIds: readonly string[]) =>
  setLinks(db, SYSTEM_VENDORS, { id: systemId, field: 'systemId' }, { ids: vendorIds, field: 'vendorIds' });

/** The controls that GOVERN the system. */
export const setSystemControls = (db: GraphExecutor, systemId: string, controlIds: readonly string[]) =>
  setLinks(db, SYSTEM_CONTROLS, { id: systemId, field: 'systemId' }, { ids: controlIds, field: 'controlIds' });

export const setModelVendor = (db: GraphExecutor, modelId: string, vendorId: string | null | undefined) =>
  setLink(db, MODEL_VENDOR, { id: modelId, field: 'modelId' }, { id: vendorId, field: 'vendorId' });

/**
 * Fine-tune chains are linear (one base per model), so a longer chain than this does not occur; the
 * bound keeps the cycle check from walking without end should one ever be loaded.
 */
const MAX_LINEAGE = 100;

/** The model's base, refusing itself and any of its own descendants (a cycle). */
export function setBaseModel(db: GraphExecutor, modelId: string, baseModelId: string | null | undefined) {
  if (baseModelId && baseModelId === modelId) throw badUserInput('A model cannot be fine-tuned from itself.', 'baseModelId');
  return setLink(db, MODEL_BASE, { id: modelId, field: 'modelId' }, { id: baseModelId, field: 'baseModelId' }, async (tx) => {
    if (!baseModelId) return;
    const rows = await tx.run(
      `MATCH (model:Model {id: $modelId}), (base:Model {id: $baseModelId})
       RETURN EXISTS { (base)-[:FINE_TUNED_FROM*1..${MAX_LINEAGE}]->(model) } AS baseDescendsFromModel`,
      { modelId, baseModelId },
    );
    if (rows[0]?.baseDescendsFromModel) {
      throw badUserInput(`${baseModelId} is itself fine-tuned from ${modelId}; a model cannot be its own ancestor.`, 'baseModelId');
    }
  });
}
